package io.lakefront.domain.gold.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalZonesTest {
    @Test
    void regionsMapToTheirZoneWithOrWithoutTheCountryPrefix() {
        assertThat(LocalZones.of("US", "TX")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(LocalZones.of("us", "us-az")).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(LocalZones.of("CA", "BC")).isEqualTo(ZoneId.of("America/Vancouver"));
        assertThat(LocalZones.of("CA", "NL")).isEqualTo(ZoneId.of("America/St_Johns"));
        assertThat(LocalZones.of("GB", "SCT")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(LocalZones.of("DE", "BY")).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void theSameRegionCodeInAnotherCountryIsAnotherPlace() {
        // CA is California in the US; DE is Delaware in the US.
        assertThat(LocalZones.of("US", "CA")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(LocalZones.of("US", "DE")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void unknownRegionsFallBackToTheCountryThenUtc() {
        assertThat(LocalZones.of("US", null)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(LocalZones.of("CA", "XX")).isEqualTo(ZoneId.of("America/Toronto"));
        assertThat(LocalZones.of("FR", "IDF")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(LocalZones.of("ZZ", "A")).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalZones.of(null, "TX")).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalZones.of(" ", null)).isEqualTo(ZoneOffset.UTC);
    }
}
