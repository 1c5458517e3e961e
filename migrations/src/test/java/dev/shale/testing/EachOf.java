package dev.shale.testing;

import java.util.List;
import java.util.function.Consumer;

/** Runs a clean-up on every item even when some fail, then throws the first failure with the others suppressed. */
final class EachOf {

    private EachOf() {
    }

    static <T> void run(List<T> items, Consumer<T> action) {
        RuntimeException failure = null;
        for (T item : items) {
            try {
                action.accept(item);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
