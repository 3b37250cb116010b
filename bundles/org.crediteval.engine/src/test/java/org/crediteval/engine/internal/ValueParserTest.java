package org.crediteval.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.crediteval.model.scheme.FactDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {
    private final TestScheme t = new TestScheme("100", "10");
    private final FactDefinition bool = t.bool("b", "布尔");
    private final FactDefinition count = t.count("c", "个数");
    private final FactDefinition rate = t.rate("r", "比率");
    private final FactDefinition points = t.points("p", "专家评分", "1.5");
    private final FactDefinition money = t.money("m", "资金");
    private final FactDefinition level = t.level("l", "机构", "standalone", "单设信用办", "none", "未设立");

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "Yes,true", "1,true", "是,true", "false,false", "No,false", "0,false",
            "否,false", "' 是 ',true"})
    void booleansInEveryAcceptedSpelling(String text, boolean expected) throws Exception {
        assertThat(ValueParser.parse(bool, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "y", "2", "对", "t"})
    void otherBooleansAreRefused(String text) {
        assertThatThrownBy(() -> ValueParser.parse(bool, text))
                .hasMessage("bool must be one of true/false, yes/no, 1/0, 是/否");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "37,37", "007,7"})
    void countsAreNonNegativeIntegers(String text, String expected) throws Exception {
        assertThat(ValueParser.parse(count, text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+3", "3.0", "3.5", "1e2", "三", "3个"})
    void countsWithSignDecimalsOrWordsAreRefused(String text) {
        assertThatThrownBy(() -> ValueParser.parse(count, text)).hasMessage("count must be a non-negative integer");
    }

    @ParameterizedTest
    @CsvSource({"95,95", "95%,95", "93.5,93.5", "100,100", "0,0", "99.9 %,99.9", "80％,80"})
    void ratesWithOrWithoutPercent(String text, String expected) throws Exception {
        assertThat(ValueParser.parse(rate, text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"120", "100.01", "-5", "-0.1%"})
    void ratesOutOfRangeAreRefused(String text) {
        assertThatThrownBy(() -> ValueParser.parse(rate, text)).hasMessage("rate must be between 0 and 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e2", "95%%", ".5", "0x10"})
    void ratesThatAreNotNumbersAreRefused(String text) {
        assertThatThrownBy(() -> ValueParser.parse(rate, text))
                .hasMessage("rate must be a number between 0 and 100 (e.g. 95 or 95%)");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "0.8,0.8", "1.5,1.5", "1.50,1.50"})
    void pointsUpToTheFactMax(String text, String expected) throws Exception {
        assertThat(ValueParser.parse(points, text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.51", "2", "-0.5"})
    void pointsAboveTheMaxOrNegativeAreRefused(String text) {
        assertThatThrownBy(() -> ValueParser.parse(points, text)).hasMessage("points must be between 0 and 1.5");
    }

    @ParameterizedTest
    @CsvSource({"25.5,25.5", "0,0", "100万元,100", "12.34,12.34"})
    void moneyIsANonNegativeDecimal(String text, String expected) throws Exception {
        assertThat(ValueParser.parse(money, text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "十万", "1,000"})
    void badMoneyIsRefused(String text) {
        assertThatThrownBy(() -> ValueParser.parse(money, text)).hasMessage("money must be a non-negative number (万元)");
    }

    @ParameterizedTest
    @CsvSource({"standalone,standalone", "Standalone,standalone", "未设立,none"})
    void levelsByCodeOrLabel(String text, String expected) throws Exception {
        assertThat(ValueParser.parse(level, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"merged", "单设"})
    void unknownLevelsAreRefusedNamingTheCodes(String text) {
        assertThatThrownBy(() -> ValueParser.parse(level, text)).hasMessage("level must be one of standalone, none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyValuesAreErrorsForEveryType(String text) {
        for (FactDefinition def : new FactDefinition[] {bool, count, rate, points, money, level}) {
            assertThatThrownBy(() -> ValueParser.parse(def, text)).hasMessage("value is empty");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00", "007", "37", "0.0", "0.50", "00.5", "93.5", "100", "1.500", "-0", "-0.0",
            "123456789012345678", "1234567890123456789", "12345678901234567.89", "0.000000000000000001",
            "99999999999999999999.5"})
    void decimalsAreExactlyWhatTheirTextSays(String text) throws Exception {
        BigDecimal expected = new BigDecimal(text);
        Object parsed = ValueParser.parse(points(), text.startsWith("-") ? text.substring(1) : text);
        if (!text.startsWith("-")) {
            assertThat(parsed).isInstanceOf(BigDecimal.class);
            assertThat(((BigDecimal) parsed).unscaledValue()).isEqualTo(expected.unscaledValue());
            assertThat(((BigDecimal) parsed).scale()).isEqualTo(expected.scale());
        }
        TypedFact bound = ValueParser.bind(points(), new org.crediteval.api.evidence.RawFact("s", "u", text, "", "",
                org.crediteval.api.evidence.Location.line("e.csv", 2)), null, null);
        assertThat(bound.number().unscaledValue()).isEqualTo(expected.unscaledValue());
        assertThat(bound.number().scale()).isEqualTo(expected.scale());
        assertThat(bound.text()).isEqualTo(expected.toPlainString());
    }

    /** A points fact without a maximum, so that any non-negative decimal is in range. */
    private FactDefinition points() {
        FactDefinition unbounded = t.points("u", "不设上限", "1");
        unbounded.setMax(null);
        return unbounded;
    }
}
