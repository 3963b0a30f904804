package io.liquidtwin.physics.network;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;

/**
 * Builds a square sparse matrix's non-zero pattern once and hands out the index of each (row, column) entry in its
 * value array, so solvers can refill the values every step without allocating or searching.
 */
final class SparsePattern {

    private final DMatrixSparseTriplet triplet;
    private final java.util.Set<Long> declared = new java.util.HashSet<>();
    private final int size;

    SparsePattern(int size, int expectedEntries) {
        this.size = size;
        triplet = new DMatrixSparseTriplet(size, size, Math.max(expectedEntries, 1));
    }

    /** Declares that (row, column) may be non-zero; declaring an entry again is harmless. */
    void declare(int row, int column) {
        if (declared.add((long) row * size + column)) { // EJML keeps duplicate triplets as separate entries
            triplet.addItem(row, column, 1.0);
        }
    }

    /** @return the compressed-column matrix with every declared entry present (values zeroed) */
    DMatrixSparseCSC build() {
        DMatrixSparseCSC csc = DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
        csc.sortIndices(null);
        java.util.Arrays.fill(csc.nz_values, 0, csc.nz_length, 0.0);
        return csc;
    }

    /** @return the index of (row, column) in {@code matrix.nz_values}; the entry must have been declared */
    static int index(DMatrixSparseCSC matrix, int row, int column) {
        int i = matrix.nz_index(row, column);
        if (i < 0) {
            throw new IllegalStateException("entry (" + row + ", " + column + ") was not declared");
        }
        return i;
    }
}
