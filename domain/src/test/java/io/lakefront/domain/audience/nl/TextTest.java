package io.lakefront.domain.audience.nl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Tokens keep their place in the text; numbers are read with money, shorthand, "+" and decades. */
class TextTest {
    @Test
    void tokensKnowWhereTheyAre() {
        String text = "Haven't bought in Québec";
        var tokens = Text.tokens(text);
        assertThat(tokens).extracting(Text.Token::norm).containsExactly("havent", "bought", "in", "quebec");
        assertThat(text.substring(tokens.get(3).start(), tokens.get(3).end())).isEqualTo("Québec");
    }

    @Test
    void numbers() {
        assertThat(Text.number("$1,000")).isEqualTo(new Text.Num(new BigDecimal("1000"), true, false, false));
        assertThat(Text.number("1.5k").value()).isEqualByComparingTo("1500");
        assertThat(Text.number("40+").plus()).isTrue();
        assertThat(Text.number("80s").decade()).isTrue();
        assertThat(Text.number("twice").value()).isEqualByComparingTo("2");
        assertThat(Text.number("gold")).isNull();
    }

    @Test
    void aDashBetweenNumbersIsARange() {
        assertThat(Text.tokens("aged 25-34")).extracting(Text.Token::norm).containsExactly("aged", "25", "to", "34");
        assertThat(Text.tokens("opted-in")).extracting(Text.Token::norm).containsExactly("opted", "in");
    }
}
