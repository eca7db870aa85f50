package io.lakefront.domain.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic little population for engine tests: distinct people, some with a second record
 * carrying a typo, so that training has matches and non-matches to learn from.
 */
final class People {
    private static final String[] GIVEN = {"olivia", "noah", "amelia", "liam", "isla", "jack", "mia", "oscar",
            "ava", "leo", "grace", "henry", "chloe", "lucas", "ruby", "ethan", "zoe", "mason", "ella", "james"};
    private static final String[] FAMILY = {"smith", "jones", "taylor", "brown", "wilson", "johnson", "white",
            "martin", "anderson", "thompson", "nguyen", "walker", "harris", "lee", "ryan", "robinson", "kelly",
            "king", "davis", "wright", "evans", "clarke", "hughes", "baker", "carter"};

    record Population(List<PersonRecord> records, Map<String, Integer> personOf) {
    }

    private People() {
    }

    static Population generate(int people, long seed) {
        Random random = new Random(seed);
        List<PersonRecord> records = new ArrayList<>();
        Map<String, Integer> personOf = new HashMap<>();
        for (int p = 0; p < people; p++) {
            Map<String, String> fields = new HashMap<>();
            fields.put(StandardFields.GIVEN_NAME, GIVEN[random.nextInt(GIVEN.length)]);
            fields.put(StandardFields.FAMILY_NAME, FAMILY[random.nextInt(FAMILY.length)]);
            fields.put(StandardFields.BIRTH_DATE, String.format("%d-%02d-%02d", 1940 + random.nextInt(60),
                    1 + random.nextInt(12), 1 + random.nextInt(28)));
            fields.put(StandardFields.POSTCODE, String.valueOf(2000 + random.nextInt(300)));
            fields.put(StandardFields.STREET, (1 + random.nextInt(200)) + " " + FAMILY[random.nextInt(FAMILY.length)]
                    + " street");
            fields.put(StandardFields.EMAIL, "person" + p + "@mail.example");
            add(records, personOf, "p" + p + "a", p, fields);
            if (random.nextInt(3) == 0) {
                Map<String, String> copy = new HashMap<>(fields);
                String family = copy.get(StandardFields.FAMILY_NAME);
                copy.put(StandardFields.FAMILY_NAME, family.substring(0, family.length() - 1) + "e");
                copy.remove(StandardFields.EMAIL);
                add(records, personOf, "p" + p + "b", p, copy);
            }
        }
        return new Population(records, personOf);
    }

    static PersonRecord record(String id, Map<String, String> fields) {
        return new PersonRecord("test", id, fields);
    }

    private static void add(List<PersonRecord> records, Map<String, Integer> personOf, String id, int person,
                            Map<String, String> fields) {
        records.add(record(id, fields));
        personOf.put(id, person);
    }
}
