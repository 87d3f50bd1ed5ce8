package org.homeward.api.insight.infrastructure;

import org.homeward.api.insight.Cohorts;
import org.homeward.api.insight.ListingChildrenForInspectors;
import org.homeward.api.insight.ListingCohortChildren;
import org.homeward.api.insight.ReadingCohortFigures;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires cohort insight: read-only figures computed by the database over the episodes' and interviews' records. */
@Configuration(proxyBeanMethods = false)
class InsightConfiguration {

    @Bean Cohorts cohorts(ReactiveMongoTemplate mongo) { return new MongoCohorts(mongo); }

    @Bean
    ReadingCohortFigures readingCohortFigures(Cohorts cohorts, Organisations organisations) {
        return new ReadingCohortFigures(cohorts, organisations);
    }

    @Bean
    ListingCohortChildren listingCohortChildren(Cohorts cohorts, YoungPeople youngPeople, Organisations organisations,
                                                AuditLog audit) {
        return new ListingCohortChildren(cohorts, youngPeople, organisations, audit);
    }

    @Bean
    ListingChildrenForInspectors listingChildrenForInspectors(Cohorts cohorts, YoungPeople youngPeople,
                                                              Organisations organisations, AuditLog audit) {
        return new ListingChildrenForInspectors(cohorts, youngPeople, organisations, audit);
    }
}
