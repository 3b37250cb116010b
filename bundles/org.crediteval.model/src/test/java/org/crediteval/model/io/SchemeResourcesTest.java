package org.crediteval.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.crediteval.model.scheme.CheckRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemeResourcesTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            """;
    private static final String OPEN = """
            <scheme:Scheme xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:scheme="http://crediteval.org/model/scheme/1.0" id="t" version="1.0.0" nameZh="测试" \
            baseMax="1" bonusMax="0">
            """;

    /** A one-item scheme whose item references a fact defined after it (forward IDREF). */
    static final String SMALL = HEADER + OPEN + """
              <dimensions id="1" name="维度" max="1">
                <indicators id="1.1" name="指标" max="1">
                  <items id="1.1.a" label="甲">
                    <rule xsi:type="scheme:CheckRule" fact="1.1.a" points="0.5"/>
                  </items>
                </indicators>
              </dimensions>
              <facts id="1.1.a" label="甲" type="bool"/>
            </scheme:Scheme>
            """;

    @Test
    void loadsAndResolvesForwardFactReferences() throws IOException {
        Scheme scheme = load(SMALL);
        assertEquals("t", scheme.getId());
        assertEquals(new BigDecimal("1"), scheme.getBaseMax());
        CheckRule rule = (CheckRule) scheme.getDimensions().get(0).getIndicators().get(0).getItems().get(0).getRule();
        FactDefinition fact = scheme.getFacts().get(0);
        assertSame(fact, rule.getFact());
        assertEquals(FactType.BOOL, fact.getType());
        assertEquals(0, new BigDecimal("0.5").compareTo(rule.getPoints()));
    }

    @Test
    void roundTripKeepsContentAndFactIdsAsReferences() throws IOException {
        Scheme scheme = load(SMALL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SchemeResources.save(scheme, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("fact=\"1.1.a\""), xml);
        assertFalse(xml.contains("\r"), "LF line ends on every OS");

        Scheme again = SchemeResources.load(new ByteArrayInputStream(out.toByteArray()), "again.xmi");
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        SchemeResources.save(again, out2);
        assertEquals(xml, out2.toString(StandardCharsets.UTF_8));
    }

    @Test
    void savesASchemeBuiltInMemoryAndLeavesItDetached() throws IOException {
        Scheme scheme = org.crediteval.model.scheme.SchemeFactory.eINSTANCE.createScheme();
        scheme.setId("mem");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SchemeResources.save(scheme, out);
        assertEquals(null, scheme.eResource());
        assertEquals("mem", SchemeResources.load(new ByteArrayInputStream(out.toByteArray()), "mem.xmi").getId());
    }

    @Test
    void loadsFromPathAndUrl(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.xmi");
        Files.writeString(file, SMALL);
        assertEquals("t", SchemeResources.load(file).getId());
        assertEquals("t", SchemeResources.load(file.toUri().toURL()).getId());
    }

    @Test
    void refusesExternalEntity() {
        String xxe = HEADER + """
                <!DOCTYPE scheme:Scheme [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                """ + OPEN.replace("nameZh=\"测试\"", "nameZh=\"&xxe;\"") + "</scheme:Scheme>\n";
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(xxe));
        assertTrue(e.getMessage().startsWith("test.xmi:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder doc = new StringBuilder(HEADER).append("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        doc.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            doc.append(" <!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
        }
        doc.append("]>\n").append(OPEN.replace("nameZh=\"测试\"", "nameZh=\"&lol9;\"")).append("</scheme:Scheme>\n");
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(doc.toString()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesOversizedDocumentWithoutReadingItAll() {
        byte[] head = (HEADER + OPEN + "<notes>").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        InputStream in = new SequenceInputStream(Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream(head), endless)));
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> SchemeResources.load(in, "big.xmi"));
        assertTrue(e.getMessage().startsWith("big.xmi"), e.getMessage());
        assertTrue(e.getMessage().contains("16 MiB"), e.getMessage());
    }

    @Test
    void refusesTooManyObjectsAndCountsAfreshOnTheNextLoad() throws IOException {
        StringBuilder doc = new StringBuilder(HEADER).append(OPEN).append("<facts id=\"f\" label=\"f\" type=\"level\">\n");
        doc.append("<levels/>".repeat(SchemeResources.MAX_OBJECTS));
        doc.append("\n</facts>\n</scheme:Scheme>\n");
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(doc.toString()));
        assertTrue(e.getMessage().contains("more than the limit of 1000000 objects"), e.getMessage());
        assertEquals(4, e.getLine(), e.getMessage()); // the line of the levels
        for (int i = 0; i < 3; i++) {
            assertEquals("t", load(SMALL).getId());
        }
    }

    @Test
    void refusesUnknownNamespaceWithoutFetchingIt() {
        String doc = HEADER + OPEN.replace("http://crediteval.org/model/scheme/1.0", "http://127.0.0.1:9/evil.ecore")
                + "</scheme:Scheme>\n";
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(doc));
        assertTrue(e.getMessage().contains("127.0.0.1:9/evil.ecore"), e.getMessage());
    }

    @Test
    void namesFileLineAndColumnOfModelErrors() {
        String doc = SMALL.replace("<facts id=\"1.1.a\" label=\"甲\" type=\"bool\"/>",
                "<facts id=\"1.1.a\" label=\"甲\" type=\"boolean\"/>");
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(doc));
        assertEquals(10, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.xmi:10:"), e.getMessage());
    }

    @Test
    void reportsDanglingFactReference() {
        String doc = SMALL.replace("fact=\"1.1.a\"", "fact=\"1.1.b\"");
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(doc));
        assertTrue(e.getMessage().contains("1.1.b"), e.getMessage());
        assertTrue(e.getLine() > 0, e.getMessage());
    }

    @Test
    void reportsMalformedXmlWithPosition() {
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(HEADER + OPEN));
        assertTrue(e.getLine() > 0, e.getMessage());
    }

    @Test
    void refusesADocumentThatIsNotAScheme() {
        String doc = HEADER + """
                <scheme:Dimension xmlns:scheme="http://crediteval.org/model/scheme/1.0" id="1" name="x" max="1"/>
                """;
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> load(doc));
        assertTrue(e.getMessage().contains("Dimension"), e.getMessage());
    }

    @Test
    void newResourceSetReadsSchemesSafelyToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.xmi");
        Files.writeString(file, HEADER + "<!DOCTYPE x [ <!ENTITY e \"e\"> ]>\n" + OPEN + "</scheme:Scheme>\n");
        var resourceSet = SchemeResources.newResourceSet();
        var uri = org.eclipse.emf.common.util.URI.createFileURI(file.toString());
        RuntimeException e = assertThrows(RuntimeException.class, () -> resourceSet.getResource(uri, true));
        assertTrue(String.valueOf(e.getMessage()).contains("DOCTYPE"), e.getMessage());
    }

    static Scheme load(String xml) throws SchemeLoadException {
        return SchemeResources.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xmi");
    }
}
