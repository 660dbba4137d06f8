package org.msp.model;

/**
 * A point on the WGS 84 ellipsoid.
 *
 * @param latitude  degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Location(double latitude, double longitude) {
    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Location.latitude is outside -90..90: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Location.longitude is outside -180..180: " + longitude);
        }
    }

    /** Returns the point at {@code latitude}, {@code longitude}. */
    public static Location of(double latitude, double longitude) {
        return new Location(latitude, longitude);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "(%.4f, %.4f)", latitude, longitude);
    }
}
