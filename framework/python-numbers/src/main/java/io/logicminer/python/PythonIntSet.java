package io.logicminer.python;

import java.util.ArrayList;
import java.util.List;

/**
 * A model of CPython's {@code set} of small non-negative ints (hash(i) == i; negative keys are not supported), faithful enough to reproduce the
 * iteration order Python prints: open addressing with 9 linear probes then perturbed probing, dummies left
 * by discards, growth at 3/5 fill, and the exact algorithms of union, intersection, difference and symmetric
 * difference (Objects/setobject.c). mathgenerator's {@code set_operation} answers print sets in that order,
 * e.g. {@code {8, 2, 4}}.
 */
public final class PythonIntSet {

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final long EMPTY = Long.MIN_VALUE;
    private static final long DUMMY = Long.MIN_VALUE + 1;

    private long[] table;
    private int fill;
    private int used;

    private PythonIntSet(int size) {
        table = new long[size];
        java.util.Arrays.fill(table, EMPTY);
    }

    /** {@code set()}. */
    public static PythonIntSet empty() {
        return new PythonIntSet(MIN_SIZE);
    }

    /** {@code set(values)}: adds the values in order. */
    public static PythonIntSet of(List<Long> values) {
        PythonIntSet s = empty();
        for (long v : values) {
            s.add(v);
        }
        return s;
    }

    /** {@code len(s)}. */
    public int size() {
        return used;
    }

    /** Elements in iteration (print) order. */
    public List<Long> elements() {
        List<Long> out = new ArrayList<>();
        for (long k : table) {
            if (k != EMPTY && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** The slot layout, to tell apart tables that print alike. */
    public String layout() {
        return java.util.Arrays.toString(table);
    }

    /** Python's {@code str(set)}: {@code {1, 2}} or {@code set()}. */
    public String display() {
        List<Long> e = elements();
        if (e.isEmpty()) {
            return "set()";
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < e.size(); i++) {
            b.append(i > 0 ? ", " : "").append(e.get(i));
        }
        return b.append('}').toString();
    }

    /** {@code key in s}. */
    public boolean contains(long key) {
        return slotOf(key) >= 0;
    }

    /** The slot holding {@code key}, or -1: CPython's probe sequence (linear runs, then perturbed jumps). */
    private int slotOf(long key) {
        int mask = table.length - 1;
        long perturb = key;
        int i = (int) (key & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                long k = table[j];
                if (k == EMPTY) {
                    return -1;
                }
                if (k == key) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_add_entry: the first dummy met on the probe path is reused when the key is absent. */
    public void add(long key) {
        int mask = table.length - 1;
        long perturb = key;
        int i = (int) (key & mask);
        int freeSlot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                long k = table[j];
                if (k == EMPTY) {
                    if (freeSlot >= 0) {
                        table[freeSlot] = key;
                        used++;
                        return;
                    }
                    table[j] = key;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (k == key) {
                    return;
                }
                if (k == DUMMY && freeSlot < 0) {
                    freeSlot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_discard_entry: leaves a dummy. Returns whether the key was present. */
    public boolean discard(long key) {
        int slot = slotOf(key);
        if (slot < 0) {
            return false;
        }
        table[slot] = DUMMY;
        used--;
        return true;
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        long[] old = table;
        table = new long[newSize];
        java.util.Arrays.fill(table, EMPTY);
        for (long k : old) {
            if (k != EMPTY && k != DUMMY) {
                insertClean(k);
            }
        }
        fill = used;
    }

    private void insertClean(long key) {
        int mask = table.length - 1;
        long perturb = key;
        int i = (int) (key & mask);
        while (true) {
            if (table[i] == EMPTY) {
                table[i] = key;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == EMPTY) {
                        table[i + j] = key;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_merge: adds every element of {@code other} (fast paths for an empty target included). */
    private void merge(PythonIntSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) (table.length - 1) * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && table.length == other.table.length && other.fill == other.used) {
            for (int i = 0; i < table.length; i++) {
                long k = other.table[i];
                table[i] = (k == DUMMY) ? EMPTY : k;
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (long k : other.table) {
                if (k != EMPTY && k != DUMMY) {
                    insertClean(k);
                }
            }
            return;
        }
        for (long k : other.table) {
            if (k != EMPTY && k != DUMMY) {
                add(k);
            }
        }
    }

    /** {@code s.copy()}, laid out as CPython lays out a copy. */
    public PythonIntSet copy() {
        PythonIntSet s = empty();
        s.merge(this);
        return s;
    }

    /** {@code s.union(other)}. */
    public PythonIntSet union(PythonIntSet other) {
        PythonIntSet result = copy();
        result.merge(other);
        return result;
    }

    /** {@code s.intersection(other)}: probes the larger set with the smaller one's elements. */
    public PythonIntSet intersection(PythonIntSet other) {
        PythonIntSet result = empty();
        PythonIntSet big = this;
        PythonIntSet small = other;
        if (other.used > used) {
            big = other;
            small = this;
        }
        for (long k : small.elements()) {
            if (big.contains(k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** {@code s.difference(other)}: copy-and-discard when s is over four times larger, else a filtered build. */
    public PythonIntSet difference(PythonIntSet other) {
        if ((used >> 2) > other.used) {
            PythonIntSet result = copy();
            for (long k : other.elements()) {
                result.discard(k);
            }
            return result;
        }
        PythonIntSet result = empty();
        for (long k : elements()) {
            if (!other.contains(k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** {@code s.symmetric_difference(other)}: a copy of other, toggled by s's elements. */
    public PythonIntSet symmetricDifference(PythonIntSet other) {
        PythonIntSet result = other.copy();
        for (long k : elements()) {
            if (!result.discard(k)) {
                result.add(k);
            }
        }
        return result;
    }
}
