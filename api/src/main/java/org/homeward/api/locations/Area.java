package org.homeward.api.locations;

/**
 * Where a young person was, to about a kilometre: coordinates rounded to two decimal places. This
 * is what is kept for risk mapping once a precise location has been erased.
 */
public record Area(double latitude, double longitude) {

    /** The area around a precise position. */
    public static Area around(double latitude, double longitude) {
        return new Area(round(latitude), round(longitude));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100) / 100.0;
    }
}
