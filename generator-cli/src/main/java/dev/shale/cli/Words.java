package dev.shale.cli;

/** Small pieces of the English that commands print. */
public final class Words {

    private Words() {
    }

    /** {@code 1 change}, {@code 3 changes}: a count and a noun whose plural takes an s. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
