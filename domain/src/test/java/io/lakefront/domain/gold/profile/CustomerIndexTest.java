package io.lakefront.domain.gold.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerIndexTest {
    private static CustomerIndex people() {
        return CustomerIndex.builder()
                .add("C00000001", "John", "Smith", "john.smith@example.com", "+15125550134")
                .add("C00000002", "Joan", "Smithers", "joan@example.org", "+15125550199")
                .add("C00000003", "Maria", "López", "mlopez@example.com", "+491701234567")
                .add("C00000004", "James", "O'Neil", "jim.oneil@example.com", "+442079460000")
                .add("C00000005", "Anna", "Schmidt", "anna.schmidt@example.de", null)
                .add("C00000006", "Johnny", "Smith", "js@example.net", "+15125550777")
                .build();
    }

    private static List<String> ids(List<CustomerIndex.Hit> hits) {
        return hits.stream().map(CustomerIndex.Hit::customerId).toList();
    }

    @Test
    void anExactNameComesFirst() {
        List<CustomerIndex.Hit> hits = people().search("john smith ", 10);
        assertThat(hits.get(0).customerId()).isEqualTo("C00000001");
        assertThat(hits.get(0).matchedOn()).isEqualTo(CustomerIndex.Field.NAME);
        assertThat(ids(hits)).doesNotContain("C00000003", "C00000005");
    }

    @Test
    void typosAndTranspositionsStillFindThePerson() {
        assertThat(ids(people().search("jonh smiht ", 10))).first().isEqualTo("C00000001");
        assertThat(ids(people().search("schmitd", 10))).containsExactly("C00000005");
        assertThat(ids(people().search("smith john", 10))).first().isEqualTo("C00000001");
    }

    @Test
    void theWordBeingTypedIsAPrefix() {
        assertThat(ids(people().search("mar", 10))).containsExactly("C00000003");
        assertThat(ids(people().search("john sm", 10))).startsWith("C00000001").contains("C00000006");
    }

    @Test
    void accentsAndApostrophesFold() {
        assertThat(ids(people().search("lopez", 10))).containsExactly("C00000003");
        assertThat(ids(people().search("oneil", 10))).containsExactly("C00000004");
        assertThat(ids(people().search("O'Neil", 10))).containsExactly("C00000004");
    }

    @Test
    void anEmailSearchesLocalParts() {
        List<CustomerIndex.Hit> hits = people().search("jim.oneil@", 10);
        assertThat(ids(hits)).containsExactly("C00000004");
        assertThat(hits.get(0).matchedOn()).isEqualTo(CustomerIndex.Field.EMAIL);
        // Without @ a local part is found among the names' neighbours too.
        assertThat(ids(people().search("mlopez", 10))).contains("C00000003");
    }

    @Test
    void phonesAreSearchedByDigitsAnywhereInTheNumber() {
        List<CustomerIndex.Hit> hits = people().search("(512) 555-0134", 10);
        assertThat(ids(hits)).first().isEqualTo("C00000001");
        assertThat(hits.get(0).matchedOn()).isEqualTo(CustomerIndex.Field.PHONE);
        assertThat(ids(people().search("555 0", 10))).containsExactlyInAnyOrder("C00000001", "C00000002", "C00000006");
        // One slipped digit in ten still finds the number, short queries must match as typed.
        assertThat(ids(people().search("5125550143", 10))).first().isEqualTo("C00000001");
        assertThat(ids(people().search("9999", 10))).isEmpty();
    }

    @Test
    void aNameBeatsAnEmailLocalPartOfTheSameQuality() {
        CustomerIndex index = CustomerIndex.builder()
                .add("C00000001", "Zoe", "Park", "maria@example.com", null)
                .add("C00000002", "Maria", "Cox", "mc@example.com", null)
                .build();
        assertThat(ids(index.search("maria", 10))).containsExactly("C00000002", "C00000001");
    }

    @Test
    void aCustomerIdIsLookedUp() {
        assertThat(ids(people().search("c00000005", 10))).containsExactly("C00000005");
        assertThat(ids(people().search("C00000099", 10))).isEmpty();
    }

    @Test
    void nothingForBlankOrUnrelatedText() {
        assertThat(people().search("  ", 10)).isEmpty();
        assertThat(people().search("zzzzqqq", 10)).isEmpty();
        assertThat(CustomerIndex.empty().search("john", 10)).isEmpty();
        assertThat(people().first(2)).containsExactly("C00000001", "C00000002");
    }

    @Test
    void manyNamesSharingGramsStillRankTheClosest() {
        CustomerIndex.Builder builder = CustomerIndex.builder();
        for (int i = 1; i <= 5000; i++) {
            builder.add(String.format("C%08d", i), "Jo" + (char) ('a' + i % 26) + "n" + i, "Smith", null, null);
        }
        builder.add("C00005001", "Jonathan", "Smithfield", null, null);
        CustomerIndex index = builder.build();
        assertThat(ids(index.search("jonathan smithfeild ", 5))).first().isEqualTo("C00005001");
        assertThat(index.search("smith", 20)).hasSize(20);
    }

    @Test
    void scoresAreEditDistances() {
        assertThat(SearchText.distance("jonh", "john")).isEqualTo(1);
        assertThat(SearchText.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(CustomerIndex.windowScore("5550134", "15125550134")).isEqualTo(1.0);
        assertThat(SearchText.tokens("Anne-Marie  O'Brien")).containsExactly("anne", "marie", "obrien");
    }
}
