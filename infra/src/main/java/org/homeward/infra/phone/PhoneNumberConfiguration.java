package org.homeward.infra.phone;

import org.springframework.context.annotation.Configuration;

/** Loads libphonenumber's metadata while the application starts, off any event loop. */
@Configuration(proxyBeanMethods = false)
class PhoneNumberConfiguration {

    PhoneNumberConfiguration() {
        PhoneNumber.warmUp();
    }
}
