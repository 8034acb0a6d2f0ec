package th.sso.hotline.line;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Provider;
import th.sso.hotline.web.Problems;
import th.sso.hotline.web.SecurityHeaders;

/**
 * Refuses webhook requests with a wrong {@code X-Line-Signature} in the Netty pipeline, before Micronaut routes
 * them: under a flood of forged requests, routing, the filter chain and response encoding cost several times the
 * HMAC (JFR under {@code wrk}: no single hot spot, the framework's request path throughout). The check is the same
 * {@link SignatureCheck} (the SDK's validator) the controller uses, on the same raw bytes; it is counted on the same
 * counter, with no log line and no database work.
 * <p>
 * Only the plain case is handled here: an HTTP/1.1 {@code POST /callback} without TLS, as the framework's
 * aggregator hands it on (whole, after its size limit and {@code Expect} handling), with a body up to
 * {@link CallbackController#INLINE_PARSE}, no content encoding, no forwarded protocol, and no earlier request on
 * the connection still unanswered (answers must keep their order). A valid signature, and
 * everything else, goes on unchanged to {@link CallbackController}, which checks again.
 */
@jakarta.inject.Singleton
@Requires(beans = NettyServerCustomizer.Registry.class)
class SignatureGate implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignatureGate.class);

    static final String NAME = "line-signature-gate";
    /** The controller's refusal, byte for byte. */
    private static final byte[] BODY = Problems.bytes(HttpStatus.UNAUTHORIZED, CallbackController.BAD_SIGNATURE);

    private final Provider<SignatureCheck> signatures;
    private final Counter badSignature;

    SignatureGate(Provider<SignatureCheck> signatures, MeterRegistry meters) {
        this.signatures = signatures;
        this.badSignature = meters.counter("hotline.webhook.rejected", "reason", "signature");
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new Customizer(null));
        LOG.info("webhook signature gate registered");
        return registry;
    }

    private final class Customizer implements NettyServerCustomizer {
        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            ChannelPipeline p = channel.pipeline();
            // HTTP/1.1 without TLS only: HTTP/2 streams and TLS connections keep the framework's path.
            if (p.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) == null
                    || p.get(ChannelPipelineCustomizer.HANDLER_SSL) != null || p.get(NAME) != null) {
                return;
            }
            SignatureCheck check = signatures.get();
            if (!check.configured()) {
                return;
            }
            if (p.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
                p.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, NAME, new Handler(check));
            } else {
                p.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, NAME, new Handler(check));
            }
        }
    }

    /** One per connection, after the framework's aggregator: it sees whole requests. */
    final class Handler extends ChannelDuplexHandler {
        private final SignatureCheck check;
        /** Requests passed on whose answer has not been written in full yet. */
        private int unanswered;
        private boolean informational;

        Handler(SignatureCheck check) {
            this.check = check;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof FullHttpRequest request && gated(request)) {
                ByteBuf content = request.content();
                byte[] raw = new byte[content.readableBytes()];
                content.getBytes(content.readerIndex(), raw);
                if (!check.valid(request.headers().get("X-Line-Signature"), raw)) {
                    refuse(ctx, request);
                    return;
                }
            }
            if (msg instanceof HttpRequest) {
                unanswered++;
            }
            ctx.fireChannelRead(msg);
        }

        private boolean gated(FullHttpRequest request) {
            HttpHeaders h = request.headers();
            if (unanswered > 0 || request.method() != HttpMethod.POST || !request.decoderResult().isSuccess()
                    || request.content().readableBytes() > CallbackController.INLINE_PARSE) {
                return false;
            }
            String uri = request.uri();
            int q = uri.indexOf('?');
            return (q < 0 ? uri : uri.substring(0, q)).equals("/callback")
                    && !h.contains(HttpHeaderNames.CONTENT_ENCODING) && !h.contains("X-Forwarded-Proto")
                    && !h.contains("Forwarded");
        }

        private void refuse(ChannelHandlerContext ctx, FullHttpRequest request) {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            ReferenceCountUtil.release(request);
            badSignature.increment();
            FullHttpResponse response = new DefaultFullHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
                    HttpResponseStatus.UNAUTHORIZED, Unpooled.wrappedBuffer(BODY));
            HttpHeaders h = response.headers();
            h.set(HttpHeaderNames.CONTENT_TYPE, Problems.MEDIA_TYPE);
            h.setInt(HttpHeaderNames.CONTENT_LENGTH, BODY.length);
            SecurityHeaders.apply(h::set, SecurityHeaders.CSP, false);
            // Written from here, not through this handler's write(): it answers no request passed on.
            if (keepAlive) {
                ctx.writeAndFlush(response);
            } else {
                h.set(HttpHeaderNames.CONNECTION, "close");
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof HttpResponse response) {
                informational = response.status().codeClass() == io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL;
            }
            if (msg instanceof LastHttpContent && !informational && unanswered > 0) {
                unanswered--;
            }
            ctx.write(msg, promise);
        }
    }
}
