package cn.ecozone.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Rewrites what a ZIP's central directory says about an entry, as a hostile client would. */
final class ZipLies {

    private static final int CENTRAL = 0x02014b50;

    private ZipLies() {}

    /** The ZIP with the central directory claiming {@code claimed} uncompressed bytes for {@code name}. */
    static byte[] claimSize(byte[] zip, String name, int claimed) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < copy.length; at++) {
            if (buffer.getInt(at) != CENTRAL) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            String found = new String(copy, at + 46, nameLength, StandardCharsets.UTF_8);
            if (found.equals(name) && nameLength == wanted.length) {
                buffer.putInt(at + 24, claimed);
                return copy;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
