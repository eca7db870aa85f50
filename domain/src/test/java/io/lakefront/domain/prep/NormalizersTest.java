package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.time.WorkspaceClock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizersTest {
    private static final WorkspaceClock AS_OF = WorkspaceClock.parse("2026-11-25");

    private static String valid(Normalizer normalizer, String raw) {
        Normalized result = normalizer.normalize(raw);
        assertThat(result).as("%s of '%s'", normalizer.getClass().getSimpleName(), raw).isInstanceOf(Normalized.Valid.class);
        return result.valueOrNull();
    }

    private static String reason(Normalizer normalizer, String raw) {
        Normalized result = normalizer.normalize(raw);
        assertThat(result).as("%s of '%s'", normalizer.getClass().getSimpleName(), raw).isInstanceOf(Normalized.Invalid.class);
        return ((Normalized.Invalid) result).reason();
    }

    @Test
    @DisplayName("writes emails lower-case and trimmed, keeps Gmail dots and tags out of the address but not the match key")
    void emails() {
        EmailNormalizer emails = new EmailNormalizer();

        assertThat(valid(emails, "  J.O.E+News@GMail.com ")).isEqualTo("j.o.e+news@gmail.com");
        assertThat(emails.matchKey("j.o.e+news@gmail.com")).isEqualTo("joe@gmail.com");
        assertThat(emails.matchKey("j.o.e@googlemail.com")).isEqualTo("joe@gmail.com");
        assertThat(emails.matchKey("j.o.e+x@example.org")).isEqualTo("j.o.e+x@example.org");
        assertThat(reason(emails, "joe.example.com")).isEqualTo("no @ in the address");
        assertThat(reason(emails, "joe@@example.com")).isEqualTo("more than one @");
        assertThat(reason(emails, "joe@localhost")).isEqualTo("no domain with a dot after the @");
        assertThat(emails.normalize("  ")).isInstanceOf(Normalized.Missing.class);
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource({"o'brien,O'Brien", "MCDONALD,McDonald", "anna-lena,Anna-Lena", "van der berg,van der Berg",
            "Ludwig van Beethoven,Ludwig van Beethoven", "  jürgen  ,Jürgen", "DeShawn,DeShawn"})
    void namesAreRecasedOnlyWhenTypedInOneCase(String raw, String expected) {
        assertThat(valid(new NameNormalizer(), raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("folds case and diacritics into the name match key and quarantines names with digits")
    void nameMatchKeysAndInvalidNames() {
        NameNormalizer names = new NameNormalizer();

        assertThat(names.matchKey("Müller")).isEqualTo(names.matchKey("MULLER")).isEqualTo("muller");
        assertThat(names.matchKey("O'Brien-Smith")).isEqualTo("obriensmith");
        assertThat(reason(names, "j0hn")).isEqualTo("digits in a name");
        assertThat(reason(names, "--")).isEqualTo("no letters in a name");
    }

    @ParameterizedTest(name = "\"{0}\" splits into [{1}|{2}|{3}|{4}]")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", value = {
            "Smith, John|''|John|Smith|''",
            "Dr. John A. Smith Jr.|Dr.|John A.|Smith|Jr.",
            "Mrs Mary-Ann O'Neil|Mrs|Mary-Ann|O'Neil|''",
            "Ludwig van Beethoven|''|Ludwig|van Beethoven|''",
            "Smith, Jr., John|''|John|Smith|Jr.", "John Smith, PhD|''|John|Smith|PhD",
            "MARTIN LUTHER KING III|''|Martin Luther|King|III",
            "Cher|''|''|Cher|''"})
    void splitsFullNames(String full, String prefix, String given, String family, String suffix) {
        FullNameSplitter.SplitName split = new FullNameSplitter().split(full);

        assertThat(List.of(split.prefix(), split.given(), split.family(), split.suffix()))
                .containsExactly(prefix, given, family, suffix);
    }

    @Test
    @DisplayName("reads dates in the column's own format and writes ISO; quarantines impossible birth dates")
    void dates() {
        assertThat(valid(DateNormalizer.dates("uuuuMMdd"), "19081209")).isEqualTo("1908-12-09");
        assertThat(valid(DateNormalizer.dates("d.M.uuuu"), "3.4.1985")).isEqualTo("1985-04-03");
        assertThat(valid(DateNormalizer.dates("M/d/uuuu"), "04/27/1942")).isEqualTo("1942-04-27");
        assertThat(reason(DateNormalizer.dates("uuuuMMdd"), "19600231")).isEqualTo("not a date in the format yyyyMMdd");
        Normalizer births = DateNormalizer.birthDates("uuuu-MM-dd", AS_OF);
        assertThat(reason(births, "2031-01-01")).isEqualTo("birth date in the future");
        assertThat(reason(births, "1850-01-01")).isEqualTo("birth date more than 130 years ago");
        assertThat(valid(births, "1990-05-17")).isEqualTo("1990-05-17");
    }

    @Test
    @DisplayName("writes timestamps as UTC instants, reading local times in the source's zone")
    void timestamps() {
        TimestampNormalizer berlin = new TimestampNormalizer("d.M.uuuu", ZoneId.of("Europe/Berlin"));

        assertThat(valid(berlin, "20.10.2026 12:00")).isEqualTo("2026-10-20T10:00:00Z");
        assertThat(valid(berlin, "2026-10-20T10:00:00+02:00")).isEqualTo("2026-10-20T08:00:00Z");
        assertThat(valid(new TimestampNormalizer("M/d/uuuu", ZoneId.of("UTC")), "10/20/2026 1:30 PM")).isEqualTo("2026-10-20T13:30:00Z");
        assertThat(reason(berlin, "20.10.2026 25:00")).isEqualTo("no such time of day");
        assertThat(reason(berlin, "yesterday")).isEqualTo("not a date in the format d.M.yyyy");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"Yes,true", "y,true", "1,true", "opted-in,true", "TRUE,true", "ja,true", "oui,true",
            "No,false", "N,false", "0,false", "opted out,false", "nein,false", "non,false"})
    void booleans(String raw, String expected) {
        assertThat(valid(new BooleanNormalizer(), raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("quarantines values that are neither yes nor no, nor a gender")
    void invalidBooleansAndGenders() {
        assertThat(reason(new BooleanNormalizer(), "maybe")).isEqualTo("neither yes nor no");
        assertThat(valid(new GenderNormalizer(), "W")).isEqualTo("female");
        assertThat(valid(new GenderNormalizer(), "Männlich")).isEqualTo("male");
        assertThat(valid(new GenderNormalizer(), "d")).isEqualTo("other");
        assertThat(new GenderNormalizer().normalize("unknown")).isInstanceOf(Normalized.Missing.class);
        assertThat(reason(new GenderNormalizer(), "blue")).isEqualTo("not a gender value");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"Deutschland,DE", "germany,DE", "DEU,DE", "U.S.A.,US", "United States,US", "España,ES",
            "Royaume-Uni,GB", "UK,GB", "ca,CA", "Pays-Bas,NL"})
    void countries(String raw, String expected) {
        assertThat(valid(new CountryNormalizer(), raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"Texas,TX", "tx,TX", "Ontario,ON", "Québec,QC", "New South Wales,NSW", "vic,VIC", "Bayern,BY",
            "Baden-Württemberg,BW", "nordrhein-westfalen,NW", "ENG,ENG", "Scotland,SCT", "northern ireland,NIR"})
    void regions(String raw, String expected) {
        assertThat(valid(new RegionNormalizer(), raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("quarantines unknown countries and regions")
    void unknownPlaces() {
        assertThat(reason(new CountryNormalizer(), "Atlantis")).isEqualTo("not a known country code or name");
        assertThat(reason(new RegionNormalizer(), "Middle Earth")).isEqualTo("not a known state, province or Land");
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(quoteCharacter = '"', value = {"k1a0b1,K1A 0B1", "SW1A1AA,SW1A 1AA", "1234ab,1234 AB", "'02134,02134", "12345-6789,12345-6789",
            "4011,4011", " 80331 ,80331"})
    void postcodes(String raw, String expected) {
        assertThat(valid(new PostcodeNormalizer(), raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("quarantines what is no postcode")
    void invalidPostcodes() {
        assertThat(reason(new PostcodeNormalizer(), "12")).startsWith("not a postcode");
        assertThat(reason(new PostcodeNormalizer(), "hello")).startsWith("not a postcode");
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource({"12 Main Street,12 Main St", "12 main st.,12 Main St", "48 GOLDFINCH CIRCUIT,48 Goldfinch Cct",
            "7 Park Avenue,7 Park Ave", "Hauptstraße 5,Hauptstraße 5", "Berliner Straße 12,Berliner Str 12",
            "rue de la Paix 3,rue de la Paix 3"})
    void streets(String raw, String expected) {
        assertThat(valid(new StreetNormalizer(), raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"1.234,56 €|1234.56", "$1,234.50|1234.50", "12,5|12.5", "1.234|1234",
            "-3.10|-3.10", "EUR 99|99", "(20.00)|-20.00", "1 234,00|1234.00"})
    void money(String raw, String expected) {
        assertThat(valid(new MoneyNormalizer(), raw)).isEqualTo(expected);
    }

    @Test
    @DisplayName("quarantines amounts that are not numbers")
    void invalidMoney() {
        assertThat(reason(new MoneyNormalizer(), "free")).isEqualTo("not an amount");
    }

    @Test
    @DisplayName("chooses each tag's normalizer, with the date format found in the sample and phones through the port")
    void rulesPerTag() {
        PhoneNormalizer digitsOnly = (raw, region) -> raw.contains("x")
                ? Normalized.invalid(raw, "letters in a phone number")
                : Normalized.valid("+" + region.length() + ValueShapes.digits(raw));
        NormalizationRules rules = new NormalizationRules(digitsOnly, AS_OF);

        Normalizer births = rules.forColumn(ColumnTag.BIRTH_DATE, List.of("19.02.1951", "07.08.1981"), "DE").orElseThrow();
        Normalizer phones = rules.forColumn(ColumnTag.PHONE, List.of(), "DE").orElseThrow();

        assertThat(births.normalize("31.12.1999").valueOrNull()).isEqualTo("1999-12-31");
        assertThat(births.rule()).contains("d.M.yyyy");
        assertThat(phones.normalize("030 123").valueOrNull()).isEqualTo("+2030123");
        assertThat(phones.normalize("x")).isInstanceOf(Normalized.Invalid.class);
        assertThat(phones.normalize(null)).isInstanceOf(Normalized.Missing.class);
        assertThat(rules.forColumn(ColumnTag.CATEGORY, List.of(), "DE")).isEmpty();
    }
}
