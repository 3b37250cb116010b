package org.crediteval.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The golden-case comparison itself: a matcher that passes everything would make every golden case green. */
class SubsetMatchTest {
    private static final String ACTUAL = """
            {"pack": {"id": "gd-2017", "version": "1.0.0"},
             "subjects": [
              {"subject": "茂名市", "base": 71.50, "total": 76.5, "bonus": 5,
               "dimensions": [
                 {"id": "1", "score": 4.5, "bonus": false,
                  "indicators": [{"id": "1.1", "score": 1.5, "items": [{"id": "1.1.institution", "score": 0.5}]}]},
                 {"id": "2", "score": 3}],
               "missing": ["4.1.person_coverage", "3.2.completed"],
               "warnings": ["3.2: 计划数为 0，比例不计分", "4.1: rate 100 capped"]},
              {"subject": "湛江市", "base": 10, "missing": [], "warnings": []}]}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty object matches anything                 | {}
            comment at the top is ignored                 | {"comment": "by hand from spec 2.2", "pack": {"id": "gd-2017"}}
            decimals compare exactly, not textually       | {"subjects": [{"subject": "茂名市", "base": 71.5, "total": 76.50}]}
            keyed arrays match by id, in any order        | {"subjects": [{"subject": "茂名市", "dimensions": [{"id": "2", "score": 3.0}, {"id": "1", "score": 4.5}]}]}
            keyed arrays may hold more than expected      | {"subjects": [{"subject": "湛江市"}]}
            deep item                                     | {"subjects": [{"subject": "茂名市", "dimensions": [{"id": "1", "indicators": [{"id": "1.1", "items": [{"id": "1.1.institution", "score": 0.50}]}]}]}]}
            missing equal                                 | {"subjects": [{"subject": "茂名市", "missing": ["4.1.person_coverage", "3.2.completed"]}]}
            warnings by substring, any order              | {"subjects": [{"subject": "茂名市", "warnings": ["capped", "计划数为 0"]}]}
            empty lists                                   | {"subjects": [{"subject": "湛江市", "missing": [], "warnings": []}]}
            booleans                                      | {"subjects": [{"subject": "茂名市", "dimensions": [{"id": "1", "bonus": false}]}]}
            """)
    void matches(String why, String expected) throws Exception {
        assertThat(match(expected)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong number                         | {"subjects": [{"subject": "茂名市", "base": 71.49}]}                                         | $.subjects[subject=茂名市].base: expected 71.49, actual 71.50
            absent field                         | {"subjects": [{"subject": "茂名市", "baseMax": 100}]}                                        | $.subjects[subject=茂名市].baseMax: expected 100, actual no such field
            absent keyed element                 | {"subjects": [{"subject": "广州市"}]}                                                        | $.subjects[subject=广州市]: expected an element with subject
            number as string                     | {"pack": {"version": 1.0}}                                                                    | $.pack.version: expected 1.0, actual "1.0.0"
            string differs                       | {"pack": {"id": "js-2012"}}                                                                   | $.pack.id: expected "js-2012", actual "gd-2017"
            missing in another order             | {"subjects": [{"subject": "茂名市", "missing": ["3.2.completed", "4.1.person_coverage"]}]}    | $.subjects[subject=茂名市].missing
            missing shorter                      | {"subjects": [{"subject": "茂名市", "missing": ["4.1.person_coverage"]}]}                    | $.subjects[subject=茂名市].missing
            warnings fewer than actual           | {"subjects": [{"subject": "茂名市", "warnings": ["capped"]}]}                                 | 1 warning(s)
            two expected in one actual warning   | {"subjects": [{"subject": "茂名市", "warnings": ["3.2", "计划数"]}]}                          | a warning containing
            boolean differs                      | {"subjects": [{"subject": "茂名市", "dimensions": [{"id": "1", "bonus": true}]}]}           | .dimensions[id=1].bonus: expected true, actual false
            unkeyed array must be equal          | {"subjects": [{"subject": "茂名市", "dimensions": [{"score": 4.5}]}]}                        | .dimensions: expected 1 element(s)
            object expected                      | {"pack": {"id": {"x": 1}}}                                                                    | $.pack.id: expected an object
            """)
    void mismatches(String why, String expected, String message) throws Exception {
        assertThat(match(expected)).as(why).anySatisfy(m -> assertThat(m).contains(message));
    }

    private static List<String> match(String expected) throws Exception {
        return SubsetMatch.match(Json.parse(expected.getBytes(StandardCharsets.UTF_8)),
                Json.parse(ACTUAL.getBytes(StandardCharsets.UTF_8)));
    }
}
