package org.crediteval.survey.internal;

import java.util.Arrays;

/**
 * The respondent ids seen so far, with where each was first seen. A million ids must fit beside everything else in
 * a 256 MB heap: a HashMap of Strings costs ~100 bytes per id, this open-addressing table with the characters in
 * one shared array about 36 plus twice the id's length. A slot holds the id's hash beside its entry number, so a
 * probe touches the characters only on a full hash match.
 */
final class IdSet {
    private char[] chars = new char[1 << 16];
    private int used;
    private int[] starts = new int[1 << 12];
    private long[] firsts = new long[1 << 12];
    private int size;
    /** (hash << 32) | (entry + 1); 0 = free. Load factor ≤ 1/2. */
    private long[] table = new long[1 << 13];

    /**
     * Adds {@code id} unless present.
     *
     * @param where what to remember about this first occurrence (≥ 0)
     * @return -1 when the id is new, else the {@code where} of its first occurrence
     */
    long addOrGet(String id, long where) {
        int h = mix(id.hashCode());
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                insert(slot, id, h, where);
                return -1;
            }
            if ((int) (e >>> 32) == h && same((int) e - 1, id)) return firsts[(int) e - 1];
        }
    }

    int size() {
        return size;
    }

    private boolean same(int e, String id) {
        int start = starts[e];
        int end = e + 1 < size ? starts[e + 1] : used;
        if (end - start != id.length()) return false;
        for (int i = 0; i < id.length(); i++) if (chars[start + i] != id.charAt(i)) return false;
        return true;
    }

    private void insert(int slot, String id, int h, long where) {
        if (used + id.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + id.length()));
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            firsts = Arrays.copyOf(firsts, size * 2);
        }
        id.getChars(0, id.length(), chars, used);
        starts[size] = used;
        firsts[size] = where;
        used += id.length();
        size++;
        table[slot] = ((long) h << 32) | size;
        if (size * 2 > table.length) rehash();
    }

    private void rehash() {
        long[] bigger = new long[table.length * 2];
        int mask = bigger.length - 1;
        for (long e : table) {
            if (e == 0) continue;
            int slot = (int) (e >>> 32) & mask;
            while (bigger[slot] != 0) slot = (slot + 1) & mask;
            bigger[slot] = e;
        }
        table = bigger;
    }

    /** String hashes of similar ids (R0000001, R0000002) differ in low bits only: spread them. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
