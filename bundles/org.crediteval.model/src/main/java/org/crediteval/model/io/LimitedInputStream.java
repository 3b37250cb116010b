package org.crediteval.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails the read that goes past {@code limit} bytes, so an oversized document is never read whole. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count wrong
    }

    private void add(long n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException("document is larger than the limit of " + limit + " bytes ("
                    + SchemeResources.describeBytes(limit) + ")", 0);
        }
    }
}
