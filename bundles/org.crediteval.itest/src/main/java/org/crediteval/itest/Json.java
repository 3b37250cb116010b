package org.crediteval.itest;

import java.io.IOException;
import org.crediteval.packs.verify.JsonValues;

/** The JSON reader shared with the pack verifier: {@link JsonValues}. */
final class Json {
    private Json() {
    }

    static Object parse(byte[] json) throws IOException {
        return JsonValues.parse(json);
    }

    static String show(Object v) {
        return JsonValues.show(v);
    }
}
