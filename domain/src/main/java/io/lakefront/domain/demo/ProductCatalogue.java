package io.lakefront.domain.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The demo shop's categories and products, with prices per currency. */
final class ProductCatalogue {
    /** Fixed demo exchange rates from US dollars, so prices look local and stay reproducible. */
    private static final Map<String, Double> RATES = Map.of("USD", 1.0, "CAD", 1.36, "GBP", 0.79, "EUR", 0.92);

    record Product(String category, String name, double priceUsd) {
    }

    private final List<String> categories;
    private final Map<String, List<Product>> productsByCategory;

    private ProductCatalogue(List<String> categories, Map<String, List<Product>> productsByCategory) {
        this.categories = categories;
        this.productsByCategory = productsByCategory;
    }

    static ProductCatalogue load() {
        DemoResource rows = DemoResource.read("products.csv");
        List<String> categories = new ArrayList<>();
        Map<String, List<Product>> products = new HashMap<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            Product product = new Product(rows.get(i, "category"), rows.get(i, "product"), rows.number(i, "price_usd"));
            if (!products.containsKey(product.category())) {
                categories.add(product.category());
            }
            products.computeIfAbsent(product.category(), k -> new ArrayList<>()).add(product);
        }
        return new ProductCatalogue(List.copyOf(categories), products);
    }

    List<String> categories() {
        return categories;
    }

    static String currency(String country) {
        return switch (country) {
            case "CA" -> "CAD";
            case "GB" -> "GBP";
            case "DE" -> "EUR";
            default -> "USD";
        };
    }

    /** The list price in cents of the given currency, ending in .99 the way shops price. */
    static long priceCents(Product product, String currency) {
        long whole = Math.round(product.priceUsd() * RATES.get(currency));
        return Math.max(1, whole * 100 - 1);
    }

    static double toUsd(long cents, String currency) {
        return cents / 100.0 / RATES.get(currency);
    }

    Product product(String category, SplittableRandom random) {
        return Draw.oneOf(random, productsByCategory.get(category));
    }

    /** One to three categories a person keeps coming back to; tastes lean a little by gender and age. */
    List<String> favouriteCategories(SplittableRandom random, Gender gender, int age) {
        Weighted.Builder<String> builder = Weighted.builder();
        for (String category : categories) {
            double weight = 1;
            if (category.equals("Beauty")) {
                weight = gender == Gender.FEMALE ? 2.2 : 0.5;
            } else if (category.equals("Toys & Games")) {
                weight = age >= 28 && age <= 50 ? 2 : 0.5;
            } else if (category.equals("Electronics") || category.equals("Outdoor")) {
                weight = age < 45 ? 1.6 : 0.9;
            }
            builder.add(category, weight);
        }
        Weighted<String> weighted = builder.build();
        int count = Draw.between(random, 1, 3);
        List<String> favourites = new ArrayList<>(count);
        for (int attempts = 0; favourites.size() < count && attempts < 20; attempts++) {
            String category = weighted.pick(random);
            if (!favourites.contains(category)) {
                favourites.add(category);
            }
        }
        return List.copyOf(favourites);
    }

    /** Plain decimal with two places: 1234.5 cents → "12.35"; no locale, no grouping. */
    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        long fraction = abs % 100;
        return sign + (abs / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
