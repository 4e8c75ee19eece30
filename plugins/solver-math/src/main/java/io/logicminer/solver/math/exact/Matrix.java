package io.logicminer.solver.math.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A small exact matrix of {@link Rational}s: product, scalar product, 2x2 determinant, Gauss-Jordan inverse. */
public record Matrix(List<List<Rational>> rows) {

    public Matrix {
        rows = rows.stream().map(List::copyOf).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a matrix needs at least one row");
        }
        int width = rows.get(0).size();
        for (List<Rational> row : rows) {
            if (row.size() != width || width == 0) {
                throw new IllegalArgumentException("ragged or empty matrix rows: " + rows);
            }
        }
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return rows.get(0).size();
    }

    public Rational get(int r, int c) {
        return rows.get(r).get(c);
    }

    public Matrix multiply(Matrix o) {
        if (columnCount() != o.rowCount()) {
            throw new IllegalArgumentException(
                    "cannot multiply a " + rowCount() + "x" + columnCount() + " by a " + o.rowCount() + "x" + o.columnCount());
        }
        List<List<Rational>> out = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            List<Rational> row = new ArrayList<>();
            for (int c = 0; c < o.columnCount(); c++) {
                Rational sum = Rational.ZERO;
                for (int t = 0; t < columnCount(); t++) {
                    sum = sum.add(get(r, t).multiply(o.get(t, c)));
                }
                row.add(sum);
            }
            out.add(row);
        }
        return new Matrix(out);
    }

    public Matrix scale(Rational k) {
        return new Matrix(rows.stream().map(row -> row.stream().map(k::multiply).toList()).toList());
    }

    /** The inverse, or empty when the matrix is singular or not square. */
    public Optional<Matrix> inverse() {
        int n = rowCount();
        if (n != columnCount()) {
            return Optional.empty();
        }
        Rational[][] a = new Rational[n][2 * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = get(r, c);
                a[r][n + c] = r == c ? Rational.ONE : Rational.ZERO;
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = -1;
            for (int r = col; r < n; r++) {
                if (a[r][col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                return Optional.empty();
            }
            Rational[] tmp = a[pivot];
            a[pivot] = a[col];
            a[col] = tmp;
            Rational p = a[col][col];
            for (int c = 0; c < 2 * n; c++) {
                a[col][c] = a[col][c].divide(p);
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col].signum() != 0) {
                    Rational f = a[r][col];
                    for (int c = 0; c < 2 * n; c++) {
                        a[r][c] = a[r][c].subtract(f.multiply(a[col][c]));
                    }
                }
            }
        }
        List<List<Rational>> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Rational> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                row.add(a[r][n + c]);
            }
            out.add(row);
        }
        return Optional.of(new Matrix(out));
    }

    /** mathgenerator's {@code bmatrix}: {@code \begin{bmatrix} a & b \\\ c & d \end{bmatrix}}. */
    public String toBmatrix() {
        return toBmatrix(Rational::toString);
    }

    public String toBmatrix(Function<Rational, String> cell) {
        List<String> lines = new ArrayList<>();
        for (List<Rational> row : rows) {
            lines.add(String.join(" & ", row.stream().map(cell).toList()));
        }
        return "\\begin{bmatrix} " + String.join(" \\\\\\ ", lines) + " \\end{bmatrix}";
    }

    /** Rows as plain text for explanations, e.g. {@code [1, 2]; [3, 4]}. */
    public String toPlainRows() {
        List<String> lines = new ArrayList<>();
        for (List<Rational> row : rows) {
            lines.add(row.toString());
        }
        return String.join("; ", lines);
    }
}
