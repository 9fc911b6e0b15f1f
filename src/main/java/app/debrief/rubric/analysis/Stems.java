package app.debrief.rubric.analysis;

import org.tartarus.snowball.ext.englishStemmer;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word stems with Snowball's English (Porter2) stemmer, so one term covers its inflections:
 * "quantize", "quantized" and "quantization" share a stem. Negative contractions ("don't",
 * "won't", "cannot") all stem to "not", so negation rules need one spelling.
 */
public final class Stems {

    private static final int CACHE_LIMIT = 100_000;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final ThreadLocal<englishStemmer> stemmers = ThreadLocal.withInitial(englishStemmer::new);

    public static String normalize(String surface) {
        return surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    public String stem(String norm) {
        if (norm.endsWith("n't") || norm.equals("cannot") || norm.equals("cant")) {
            return "not";
        }
        if (!isLatin(norm)) {
            return norm;
        }
        String cached = cache.get(norm);
        if (cached != null) {
            return cached;
        }
        englishStemmer stemmer = stemmers.get();
        stemmer.setCurrent(norm);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(norm, stem);
        return stem;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x250 || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
