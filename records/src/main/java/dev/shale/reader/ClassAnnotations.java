package dev.shale.reader;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The annotations on a class itself (its {@code RuntimeVisibleAnnotations} attribute), read from the class
 * file's bytes without loading the class (JVMS §4.1, §4.4, §4.7.16). Only the annotation types are read, and
 * only after the constant pool, read first, shows that the file names one of those wanted at all.
 */
final class ClassAnnotations {

    private static final String RUNTIME_VISIBLE = "RuntimeVisibleAnnotations";

    private final ByteBuffer in;
    /** Where each CONSTANT_Utf8 entry's bytes start (0 for other entries), and how many there are. */
    private final int[] utf8Start;
    private final int[] utf8Length;

    private ClassAnnotations(byte[] classFile) {
        this.in = ByteBuffer.wrap(classFile);
        if (in.getInt() != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        in.getShort();
        in.getShort();
        int count = Short.toUnsignedInt(in.getShort());
        this.utf8Start = new int[count];
        this.utf8Length = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = Byte.toUnsignedInt(in.get());
            switch (tag) {
                case 1 -> {
                    utf8Length[i] = Short.toUnsignedInt(in.getShort());
                    utf8Start[i] = in.position();
                    skip(utf8Length[i]);
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.position(in.position() + 4);
                case 5, 6 -> {
                    in.position(in.position() + 8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.position(in.position() + 2);
                case 15 -> in.position(in.position() + 3);
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
    }

    /**
     * Which of {@code annotations} (binary names) the class of {@code classFile} carries (visible at run time).
     *
     * @throws IllegalArgumentException when the bytes are not a class file this reader understands
     */
    static List<String> of(byte[] classFile, Set<String> annotations) {
        try {
            ClassAnnotations file = new ClassAnnotations(classFile);
            if (!file.namesAnyOf(annotations)) {
                return List.of();
            }
            return file.classAnnotations().stream().filter(annotations::contains).toList();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed class file: " + e, e);
        }
    }

    /** Whether a CONSTANT_Utf8 entry is the descriptor of one of {@code annotations}: else none can be carried. */
    private boolean namesAnyOf(Set<String> annotations) {
        for (String annotation : annotations) {
            byte[] descriptor = ("L" + annotation.replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8);
            for (int i = 1; i < utf8Start.length; i++) {
                if (utf8Length[i] == descriptor.length && utf8Start[i] != 0 && Arrays.equals(in.array(), utf8Start[i],
                        utf8Start[i] + descriptor.length, descriptor, 0, descriptor.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> classAnnotations() {
        in.position(in.position() + 6); // access flags, this class, super class
        skip(2 * Short.toUnsignedInt(in.getShort())); // interfaces
        skipMembers(); // fields
        skipMembers(); // methods
        int attributes = Short.toUnsignedInt(in.getShort());
        List<String> types = new ArrayList<>();
        for (int a = 0; a < attributes; a++) {
            String name = utf8(Short.toUnsignedInt(in.getShort()));
            int length = in.getInt();
            if (!RUNTIME_VISIBLE.equals(name)) {
                skip(length);
                continue;
            }
            int annotations = Short.toUnsignedInt(in.getShort());
            for (int i = 0; i < annotations; i++) {
                types.add(annotation());
            }
        }
        return types;
    }

    /** Reads one annotation, returning its type's binary name. */
    private String annotation() {
        String descriptor = utf8(Short.toUnsignedInt(in.getShort()));
        int pairs = Short.toUnsignedInt(in.getShort());
        for (int p = 0; p < pairs; p++) {
            in.getShort();
            skipElementValue();
        }
        return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
    }

    private void skipElementValue() {
        char tag = (char) in.get();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> skip(2);
            case 'e' -> skip(4);
            case '@' -> annotation();
            case '[' -> {
                int values = Short.toUnsignedInt(in.getShort());
                for (int v = 0; v < values; v++) {
                    skipElementValue();
                }
            }
            default -> throw new IllegalArgumentException("unknown element value tag " + tag);
        }
    }

    private void skipMembers() {
        int members = Short.toUnsignedInt(in.getShort());
        for (int m = 0; m < members; m++) {
            skip(6); // access flags, name, descriptor
            int attributes = Short.toUnsignedInt(in.getShort());
            for (int a = 0; a < attributes; a++) {
                skip(2);
                skip(in.getInt());
            }
        }
    }

    private void skip(int bytes) {
        in.position(in.position() + bytes);
    }

    /**
     * The text of a CONSTANT_Utf8 entry. The JVM's modified UTF-8 equals standard UTF-8 but for NUL and
     * supplementary characters, which names and descriptors of annotation types do not hold.
     */
    private String utf8(int index) {
        if (utf8Start[index] == 0) {
            throw new IllegalArgumentException("constant " + index + " is not a CONSTANT_Utf8");
        }
        return new String(in.array(), utf8Start[index], utf8Length[index], StandardCharsets.UTF_8);
    }
}
