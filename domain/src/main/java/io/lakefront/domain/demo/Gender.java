package io.lakefront.domain.demo;

/** The gender a demo person's given names are drawn for. */
enum Gender {
    FEMALE("F"),
    MALE("M");

    final String letter;

    Gender(String letter) {
        this.letter = letter;
    }

    Gender other() {
        return this == FEMALE ? MALE : FEMALE;
    }
}
