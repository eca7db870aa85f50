package io.lakefront.domain.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeaderMeaningTest {
    private final SynonymDictionary dictionary = new SynonymDictionary();

    private ColumnTag best(String header) {
        Map<ColumnTag, Double> meaning = dictionary.meaning(HeaderWords.normalize(header));
        return meaning.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ColumnTag.UNKNOWN);
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "MailingZip|mailing zip", "mailing_zip|mailing zip", "Mailing-ZIP|mailing zip", "Straße|strasse",
            "prénom|prenom", "address1|address 1", "SSNNumber|ssn number", "  E-Mail  |e mail", "col_3|col 3"})
    void normalizesHeaders(String raw, String normalized) {
        assertThat(HeaderWords.normalize(raw)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({
            "Vorname,GIVEN_NAME", "Nachname,FAMILY_NAME", "PLZ,POSTCODE", "Ort,CITY", "Straße,STREET",
            "Geburtsdatum,BIRTH_DATE", "Telefon,PHONE", "prénom,GIVEN_NAME", "code postal,POSTCODE",
            "correo electrónico,EMAIL", "achternaam,FAMILY_NAME", "Mailing Zip,POSTCODE", "email_address,EMAIL",
            "Contact ID,RECORD_ID", "soc_sec_id,NATIONAL_ID", "Email Opt In,CONSENT", "Lieferadresse,STREET",
            "Emial,EMAIL", "Default Address Zip,POSTCODE", "Kundentelefon,PHONE"})
    void readsHeadersInFiveLanguages(String header, ColumnTag expected) {
        assertThat(best(header)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" says nothing")
    @CsvSource({"c1", "col_3", "field7", "column 12", "x"})
    void meaninglessHeadersSayNothing(String header) {
        assertThat(dictionary.meaning(HeaderWords.normalize(header))).isEmpty();
    }

    @Test
    @DisplayName("scores an exact synonym above a word inside a longer header")
    void exactBeatsPartial() {
        Map<ColumnTag, Double> meaning = dictionary.meaning("email address");

        assertThat(meaning.get(ColumnTag.EMAIL)).isEqualTo(1.0);
        assertThat(meaning.get(ColumnTag.STREET)).isLessThan(0.8);
    }
}
