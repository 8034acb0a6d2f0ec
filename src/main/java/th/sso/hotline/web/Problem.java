package th.sso.hotline.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The one error shape under /api (RFC 9457 {@code application/problem+json}), as the spec documents it. */
@Schema(name = "Problem", description = "Every error under /api, as application/problem+json (RFC 9457)")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "text is required (1-2000 characters)") String detail) {
}
