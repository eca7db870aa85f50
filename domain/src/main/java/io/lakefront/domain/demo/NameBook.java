package io.lakefront.domain.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Given names, family names and nicknames, from the frequency lists shipped with the generator.
 * Origin {@code en} serves the US, Canada and the UK, {@code de} serves Germany.
 */
final class NameBook {
    private final Map<String, Weighted<String>> givenNames;
    private final Map<String, Weighted<String>> familyNames;
    private final Map<String, List<String>> nicknames;

    private NameBook(Map<String, Weighted<String>> givenNames, Map<String, Weighted<String>> familyNames,
                     Map<String, List<String>> nicknames) {
        this.givenNames = givenNames;
        this.familyNames = familyNames;
        this.nicknames = nicknames;
    }

    static NameBook load() {
        DemoResource given = DemoResource.read("given_names.csv");
        Map<String, Weighted.Builder<String>> givenBuilders = new HashMap<>();
        for (int i = 0; i < given.rowCount(); i++) {
            String key = given.get(i, "origin") + "/" + given.get(i, "gender");
            givenBuilders.computeIfAbsent(key, k -> Weighted.builder()).add(given.get(i, "name"), given.number(i, "weight"));
        }
        DemoResource family = DemoResource.read("family_names.csv");
        Map<String, Weighted.Builder<String>> familyBuilders = new HashMap<>();
        for (int i = 0; i < family.rowCount(); i++) {
            familyBuilders.computeIfAbsent(family.get(i, "origin"), k -> Weighted.builder())
                    .add(family.get(i, "name"), family.number(i, "weight"));
        }
        DemoResource nick = DemoResource.read("nicknames.csv");
        Map<String, List<String>> nicknames = new HashMap<>();
        for (int i = 0; i < nick.rowCount(); i++) {
            nicknames.computeIfAbsent(nick.get(i, "formal"), k -> new ArrayList<>()).add(nick.get(i, "nickname"));
        }
        Map<String, Weighted<String>> givenNames = new HashMap<>();
        givenBuilders.forEach((key, builder) -> givenNames.put(key, builder.build()));
        Map<String, Weighted<String>> familyNames = new HashMap<>();
        familyBuilders.forEach((key, builder) -> familyNames.put(key, builder.build()));
        return new NameBook(givenNames, familyNames, nicknames);
    }

    String givenName(String origin, Gender gender, SplittableRandom random) {
        return givenNames.get(origin + "/" + gender.letter).pick(random);
    }

    String familyName(String origin, SplittableRandom random) {
        return familyNames.get(origin).pick(random);
    }

    /** A short form of the given name ("Bob" for Robert), or the name itself when it has none. */
    String nickname(String givenName, SplittableRandom random) {
        List<String> shortForms = nicknames.get(givenName);
        return shortForms == null ? givenName : Draw.oneOf(random, shortForms);
    }

    boolean hasNickname(String givenName) {
        return nicknames.containsKey(givenName);
    }

    /** Every short form of the given name; empty when it has none. */
    List<String> nicknames(String givenName) {
        return List.copyOf(nicknames.getOrDefault(givenName, List.of()));
    }

    int givenNameCount() {
        return givenNames.values().stream().mapToInt(w -> w.items().size()).sum();
    }

    int familyNameCount() {
        return familyNames.values().stream().mapToInt(w -> w.items().size()).sum();
    }

    int nicknamePairCount() {
        return nicknames.values().stream().mapToInt(List::size).sum();
    }
}
