package io.liquidtwin.physics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;

/**
 * Builds a square sparse matrix's non-zero pattern once and hands out the index of each (row, column) entry in its
 * value array, so solvers can refill the values every step without allocating or searching.
 *
 * <p>Unknowns are renumbered in a depth-first post-order of the pattern's graph (see {@link #postOrder()}), so the
 * sparse factorisations create little fill-in whatever order the plant's equipment was declared in. Callers address
 * rows and columns by their own (logical) numbers; {@link #position(int)} gives the row a logical unknown occupies
 * in the matrix and in right-hand-side and solution vectors.
 */
final class SparsePattern {

    private final int size;
    private final Set<Long> declared = new HashSet<>();
    private final List<List<Integer>> adjacency = new ArrayList<>();
    private int[] position;

    SparsePattern(int size, int expectedEntries) {
        this.size = size;
        for (int i = 0; i < size; i++) {
            adjacency.add(new ArrayList<>(4));
        }
    }

    /** Declares that (row, column) may be non-zero (logical numbers); declaring an entry again is harmless. */
    void declare(int row, int column) {
        if (declared.add((long) row * size + column) && row != column) {
            adjacency.get(row).add(column);
            adjacency.get(column).add(row);
        }
    }

    /** @return the compressed-column matrix with every declared entry present (values zeroed), in the solver order */
    DMatrixSparseCSC build() {
        position = postOrder();
        DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(size, size, Math.max(declared.size(), 1));
        for (long key : declared) {
            int row = (int) (key / size);
            int col = (int) (key % size);
            triplet.addItem(position[row], position[col], 1.0);
        }
        DMatrixSparseCSC csc = DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
        csc.sortIndices(null);
        Arrays.fill(csc.nz_values, 0, csc.nz_length, 0.0);
        return csc;
    }

    /** @return the matrix row (and vector position) of a logical unknown */
    int position(int logical) {
        return position[logical];
    }

    /** @return the positions of all logical unknowns, indexed by logical number */
    int[] positions() {
        return position;
    }

    /** @return the index of logical entry (row, column) in {@code matrix.nz_values}; it must have been declared */
    int index(DMatrixSparseCSC matrix, int row, int column) {
        int i = matrix.nz_index(position[row], position[column]);
        if (i < 0) {
            throw new IllegalStateException("entry (" + row + ", " + column + ") was not declared");
        }
        return i;
    }

    /**
     * Depth-first post-order from the best-connected unknown of each connected part: branches hanging off a header
     * (a CDU's technology loop, a rack) are eliminated before the header node they hang from, as in nested
     * dissection of a tree, so their elimination creates fill only inside the branch.
     */
    private int[] postOrder() {
        int[] pos = new int[size];
        boolean[] seen = new boolean[size];
        int[] next = new int[size]; // per unknown: index of the next neighbour to visit
        int filled = 0;
        Integer[] byDegree = new Integer[size];
        for (int i = 0; i < size; i++) {
            byDegree[i] = i;
        }
        Arrays.sort(byDegree, (a, b) -> Integer.compare(adjacency.get(b).size(), adjacency.get(a).size()));
        int[] stack = new int[size];
        for (int root : byDegree) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            while (top > 0) {
                int v = stack[top - 1];
                List<Integer> adj = adjacency.get(v);
                if (next[v] < adj.size()) {
                    int w = adj.get(next[v]++);
                    if (!seen[w]) {
                        seen[w] = true;
                        stack[top++] = w;
                    }
                } else {
                    pos[v] = filled++;
                    top--;
                }
            }
        }
        return pos;
    }
}
