package org.crediteval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void extensionPropertyForms() {
        assertThat(Extensions.parse("csv")).containsExactly("csv");
        assertThat(Extensions.parse(" .CSV , tsv")).containsExactly("csv", "tsv");
        assertThat(Extensions.parse(new String[] {"xlsx", "xlsx"})).containsExactly("xlsx");
        assertThat(Extensions.parse(List.of("json"))).containsExactly("json");
        assertThat(Extensions.parse(null)).isEmpty();
    }

    @Test
    void longestExtensionWinsAndCaseIsIgnored() {
        Map<String, String> known = Map.of("csv", "plain", "csv.gz", "zipped", "gz", "other");
        assertThat(Extensions.match(Path.of("dir/E.CSV"), known)).contains("plain");
        assertThat(Extensions.match(Path.of("e.csv.gz"), known)).contains("zipped");
        assertThat(Extensions.match(Path.of("e.txt"), known)).isEmpty();
        assertThat(Extensions.match(Path.of(".csv"), known)).isEmpty();
        assertThat(Extensions.match(Path.of("csv"), known)).isEmpty();
        assertThat(Extensions.list(List.of("xlsx", "csv"))).isEqualTo(".csv, .xlsx");
    }

    @Test
    void tableAlignsChineseByDisplayWidth() {
        StringWriter text = new StringWriter();
        TextTable table = new TextTable("ID", "NAME", "MAX");
        table.add("gd-2017", "广东", "100");
        table.add("js", "Jiangsu", "1000");
        table.print(new PrintWriter(text));
        assertThat(text.toString().lines()).containsExactly(
                "ID       NAME     MAX",
                "gd-2017  广东     100",
                "js       Jiangsu  1000");
        assertThat(TextTable.width("茂名市a")).isEqualTo(7);
    }

    @Test
    void launcherArguments() {
        assertThat(CliMain.arguments(new String[] {"score", "--pack"})).containsExactly("score", "--pack");
        assertThat(CliMain.arguments(List.of("packs"))).containsExactly("packs");
        assertThat(CliMain.arguments(null)).isEmpty();
    }

    @Test
    void numbersWithoutTrailingZeros() {
        assertThat(PacksCommand.number(new java.math.BigDecimal("100.00"))).isEqualTo("100");
        assertThat(PacksCommand.number(new java.math.BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(PacksCommand.number(null)).isEmpty();
    }
}
