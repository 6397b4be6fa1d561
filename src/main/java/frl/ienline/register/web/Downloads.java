package frl.ienline.register.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File answers: always an attachment with the stored (checked) media type, never rendered inline. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> attachment(byte[] content, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
