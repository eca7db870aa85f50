package io.lakefront.domain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a shop customer bought over the four years before "now": order rate from the person's
 * habits, Black Friday / Christmas peaks and a summer bump, mostly from favourite categories.
 */
final class PurchaseHistory {
    /** Relative order volume per month, January first. */
    private static final double[] SEASON = {0.8, 0.75, 0.85, 0.9, 0.95, 1.1, 1.2, 1.1, 0.9, 1.0, 1.7, 2.0};
    private static final double PEAK = 2.0;

    record Line(ProductCatalogue.Product product, int quantity, long unitCents) {
        long amountCents() {
            return unitCents * quantity;
        }
    }

    record Order(Instant orderedAt, String currency, List<Line> lines) {
        long totalCents() {
            return lines.stream().mapToLong(Line::amountCents).sum();
        }
    }

    private final ProductCatalogue catalogue;
    private final Instant asOf;

    PurchaseHistory(ProductCatalogue catalogue, Instant asOf) {
        this.catalogue = catalogue;
        this.asOf = asOf;
    }

    /** The person's orders, oldest first; none after {@code asOf} or before they signed up. */
    List<Order> orders(Person person, Instant signup, SplittableRandom random) {
        Instant start = later(signup, asOf.minus(4 * 365, ChronoUnit.DAYS));
        Person.Habits habits = person.habits();
        Instant end = habits.lapsedAt() == null ? asOf : habits.lapsedAt();
        if (!end.isAfter(start)) {
            return List.of();
        }
        double years = (end.getEpochSecond() - start.getEpochSecond()) / (365.0 * 86_400);
        int count = Draw.poisson(random, habits.ordersPerYear() * years);
        // New sign-ups usually buy right away; that first order is what welcomed them.
        if (count == 0 && Draw.chance(random, 0.6)) {
            count = 1;
        }
        String currency = ProductCatalogue.currency(person.country());
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = seasonalInstant(start, end, person, random);
            orders.add(new Order(at, currency, lines(habits, at, currency, random)));
        }
        orders.sort(Comparator.comparing(Order::orderedAt));
        return orders;
    }

    private List<Line> lines(Person.Habits habits, Instant at, String currency, SplittableRandom random) {
        int count = 1 + Draw.poisson(random, 0.6);
        boolean sale = isSaleDay(at);
        List<Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String category = Draw.chance(random, 0.8) ? Draw.oneOf(random, habits.favouriteCategories())
                    : Draw.oneOf(random, catalogue.categories());
            ProductCatalogue.Product product = catalogue.product(category, random);
            long unit = ProductCatalogue.priceCents(product, currency);
            if (sale) {
                unit = Math.round(unit * 0.8);
            }
            int quantity = Draw.chance(random, 0.85) ? 1 : Draw.between(random, 2, 4);
            int same = indexOf(lines, product);
            if (same >= 0) {
                // The same product twice is one line with a larger quantity, as shops record it.
                Line earlier = lines.get(same);
                lines.set(same, new Line(product, earlier.quantity() + quantity, earlier.unitCents()));
            } else {
                lines.add(new Line(product, quantity, unit));
            }
        }
        return lines;
    }

    private static int indexOf(List<Line> lines, ProductCatalogue.Product product) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).product().equals(product)) {
                return i;
            }
        }
        return -1;
    }

    /** Black Friday week: a fifth off everything. */
    private static boolean isSaleDay(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return day.getMonthValue() == 11 && day.getDayOfMonth() >= 22 && day.getDayOfMonth() <= 30;
    }

    /** A moment between start and end, months weighted by the season, hours by the person's day. */
    private Instant seasonalInstant(Instant start, Instant end, Person person, SplittableRandom random) {
        long startDay = start.getEpochSecond() / 86_400;
        long endDay = end.getEpochSecond() / 86_400;
        for (int attempt = 0; attempt < 50; attempt++) {
            long day = startDay + (long) (random.nextDouble() * (endDay - startDay + 1));
            LocalDate date = LocalDate.ofEpochDay(day);
            if (random.nextDouble() * PEAK > SEASON[date.getMonthValue() - 1]) {
                continue;
            }
            int hour = Draw.chance(random, 0.5) ? person.habits().preferredHour() : Draw.between(random, 7, 23);
            Instant at = date.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(person.address().place().zone())
                    .toInstant();
            if (!at.isBefore(start) && !at.isAfter(end)) {
                return at;
            }
        }
        return start.plusSeconds((long) (random.nextDouble() * (end.getEpochSecond() - start.getEpochSecond())));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
