package app.debrief.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice box shows its items: text only, never parsed back (the user picks, never types). */
public final class Shown {

    private Shown() {
    }

    public static <T> StringConverter<T> as(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
