package cn.ecozone.shared.web;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;

/**
 * Tells apart the multipart failures that Spring reports alike. Tomcat refuses a part whose header
 * (the {@code Content-Disposition} line with the file name) is longer than
 * {@code server.tomcat.max-part-header-size}; Spring turns that into a
 * {@code MaxUploadSizeExceededException}, which would read "request too large" although the file
 * name is what is too long.
 */
final class MultipartFailures {

    private MultipartFailures() {}

    /** The part-header limit in bytes when {@code failure} is that refusal, else null. */
    static Long partHeaderLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SizeException size
                    && size.getMessage() != null
                    && size.getMessage().startsWith("Header section")) {
                return size.getPermittedSize();
            }
        }
        return null;
    }
}
