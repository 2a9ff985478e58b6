package io.github.realtimesessions.docs.check;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) for failure messages: {@code -} expected side, {@code +} other. */
final class TextDiff {

    private static final int CONTEXT = 2;
    private static final int MAX_CELLS = 1_000_000;

    private TextDiff() {
    }

    /**
     * The diff of {@code minus} against {@code plus} as lines {@code " same"}, {@code "-only in minus"},
     * {@code "+only in plus"}, with {@value #CONTEXT} lines of context around changes, {@code ...} between hunks, at
     * most {@code maxLines} lines; empty when the inputs are too large to diff cheaply.
     */
    static List<String> unified(List<String> minus, List<String> plus, int maxLines) {
        int n = minus.size();
        int m = plus.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            return List.of();
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = minus.get(i).equals(plus.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && minus.get(i).equals(plus.get(j))) {
                all.add(" " + minus.get(i++));
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                all.add("-" + minus.get(i++));
            } else {
                all.add("+" + plus.get(j++));
            }
        }
        boolean[] shown = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).charAt(0) != ' ') {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
                    shown[c] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        boolean skipped = false;
        for (int k = 0; k < all.size(); k++) {
            if (!shown[k]) {
                skipped = true;
                continue;
            }
            if (skipped && !out.isEmpty()) {
                out.add("...");
            }
            skipped = false;
            if (out.size() == maxLines) {
                out.add("... (diff cut after " + maxLines + " lines)");
                break;
            }
            out.add(all.get(k));
        }
        return out;
    }
}
