package app.debrief.review;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Which words two texts keep in common, in order. Words that occur exactly once in each text
 * anchor the alignment first (the idea of patience diff, as Git has it); Myers' diff from
 * java-diff-utils then aligns what lies between two anchors.
 *
 * <p>Why not Myers alone: it costs time in proportion to length times the number of edits, so
 * two unrelated 5,000-word answers took about 280 ms. Anchors cut that into many small problems
 * (a few milliseconds in all), and they keep a rewrite from being matched up on scattered
 * "the"s and "and"s. A stretch between anchors longer than {@link #MYERS_LIMIT} words in all,
 * with no anchor inside, is shown as rewritten whole, which bounds the time on any input.
 */
final class WordAlignment {

    /** The longest stretch, both sides together, that goes to Myers' diff. */
    static final int MYERS_LIMIT = 4_000;

    private final int[] x;
    private final int[] y;
    private final int[] match;
    private final int[] countX;
    private final int[] countY;
    private final int[] whereY;

    private WordAlignment(int[] x, int[] y, int vocabulary) {
        this.x = x;
        this.y = y;
        this.match = new int[x.length];
        Arrays.fill(match, -1);
        this.countX = new int[vocabulary];
        this.countY = new int[vocabulary];
        this.whereY = new int[vocabulary];
    }

    /**
     * For each word of {@code x}, the index of the word of {@code y} it is kept as, or -1 if it
     * was removed; the kept indexes increase. Words are numbers below {@code vocabulary}.
     */
    static int[] of(int[] x, int[] y, int vocabulary) {
        WordAlignment a = new WordAlignment(x, y, vocabulary);
        a.align();
        return a.match;
    }

    private void align() {
        Deque<int[]> stretches = new ArrayDeque<>();
        stretches.push(new int[]{0, x.length, 0, y.length});
        while (!stretches.isEmpty()) {
            int[] s = stretches.pop();
            int xFrom = s[0];
            int xTo = s[1];
            int yFrom = s[2];
            int yTo = s[3];
            while (xFrom < xTo && yFrom < yTo && x[xFrom] == y[yFrom]) {
                match[xFrom++] = yFrom++;
            }
            while (xTo > xFrom && yTo > yFrom && x[xTo - 1] == y[yTo - 1]) {
                match[--xTo] = --yTo;
            }
            if (xFrom == xTo || yFrom == yTo) {
                continue;
            }
            int[][] anchors = anchors(xFrom, xTo, yFrom, yTo);
            if (anchors.length == 0) {
                myers(xFrom, xTo, yFrom, yTo);
                continue;
            }
            int px = xFrom;
            int py = yFrom;
            for (int[] anchor : anchors) {
                match[anchor[0]] = anchor[1];
                stretches.push(new int[]{px, anchor[0], py, anchor[1]});
                px = anchor[0] + 1;
                py = anchor[1] + 1;
            }
            stretches.push(new int[]{px, xTo, py, yTo});
        }
    }

    /** Words found once on each side of the stretch, as (x, y) pairs: the longest run of them in the same order. */
    private int[][] anchors(int xFrom, int xTo, int yFrom, int yTo) {
        for (int i = xFrom; i < xTo; i++) {
            countX[x[i]]++;
        }
        for (int j = yFrom; j < yTo; j++) {
            countY[y[j]]++;
            whereY[y[j]] = j;
        }
        List<int[]> unique = new ArrayList<>();
        for (int i = xFrom; i < xTo; i++) {
            if (countX[x[i]] == 1 && countY[x[i]] == 1) {
                unique.add(new int[]{i, whereY[x[i]]});
            }
        }
        for (int i = xFrom; i < xTo; i++) {
            countX[x[i]] = 0;
        }
        for (int j = yFrom; j < yTo; j++) {
            countY[y[j]] = 0;
        }
        return longestIncreasing(unique);
    }

    /** The longest subsequence of pairs (in x order) whose y also increases; patience sorting, O(n log n). */
    static int[][] longestIncreasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int yk = pairs.get(k)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < yk) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            length = Math.max(length, lo + 1);
        }
        int[][] run = new int[length][];
        for (int k = length == 0 ? -1 : tails[length - 1], at = length - 1; k >= 0; k = previous[k], at--) {
            run[at] = pairs.get(k);
        }
        return run;
    }

    private void myers(int xFrom, int xTo, int yFrom, int yTo) {
        if (xTo - xFrom + yTo - yFrom > MYERS_LIMIT) {
            return;
        }
        List<Integer> xs = boxed(x, xFrom, xTo);
        List<Integer> ys = boxed(y, yFrom, yTo);
        int i = 0;
        int j = 0;
        for (Change c : new MyersDiffWithLinearSpace<Integer>().computeDiff(xs, ys, null)) {
            while (i < c.startOriginal) {
                match[xFrom + i++] = yFrom + j++;
            }
            i = c.endOriginal;
            j = c.endRevised;
        }
        while (i < xs.size()) {
            match[xFrom + i++] = yFrom + j++;
        }
    }

    private static List<Integer> boxed(int[] words, int from, int to) {
        Integer[] boxed = new Integer[to - from];
        for (int k = from; k < to; k++) {
            boxed[k - from] = words[k];
        }
        return Arrays.asList(boxed);
    }
}
