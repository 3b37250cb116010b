package org.crediteval.io.survey.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 reading (the BOM some editors write is skipped) and locating the first malformed byte. */
final class Utf8 {
    private Utf8() {
    }

    /** UTF-8 that fails on malformed bytes instead of inventing U+FFFD. */
    static BufferedReader strictReader(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
        } catch (IOException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    /** @return the 1-based line of the first malformed byte, or 0 when the whole file decodes */
    static long firstMalformedLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(8192);
        CharBuffer out = CharBuffer.allocate(8192);
        long line = 1;
        boolean afterCr = false;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                boolean eof = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, eof);
                    out.flip();
                    while (out.hasRemaining()) {
                        char c = out.get();
                        if (c == '\r' || (c == '\n' && !afterCr)) line++;
                        afterCr = c == '\r';
                    }
                    out.clear();
                } while (result.isOverflow());
                if (result.isError()) return line;
                if (eof) return 0;
                in.compact();
            }
        }
    }
}
