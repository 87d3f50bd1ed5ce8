package org.homeward.infra.web;

import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.homeward.infra.errors.Problem;
import org.homeward.infra.ids.Ids;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Netty cannot even decode (a request line longer than its limit: 414; headers larger
 * than theirs: 431; anything else malformed: 400) never reach Spring, and Reactor Netty answers them
 * with an empty body. This handler, placed between Netty's HTTP codec and Reactor Netty's traffic
 * handler, answers them with a problem document instead, then closes the connection as Reactor Netty
 * would (what follows a line Netty gave up on cannot be trusted).
 */
@Configuration(proxyBeanMethods = false)
class UndecodableRequests {

    private static final String NAME = "homeward.undecodableRequests";

    @Bean
    NettyServerCustomizer undecodableRequestsAsProblems(JsonMapper json) {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null && pipeline.get(NAME) == null) {
                pipeline.addBefore(NettyPipeline.HttpTrafficHandler, NAME, new AsProblem(json));
            }
        });
    }

    private static final class AsProblem extends ChannelInboundHandlerAdapter {

        private final JsonMapper json;

        AsProblem(JsonMapper json) {
            this.json = json;
        }

        @Override
        public boolean isSharable() {
            return false;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (!(message instanceof HttpRequest request) || request.decoderResult().isSuccess()) {
                context.fireChannelRead(message);
                return;
            }
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(message);
            String requestId = Ids.next();
            ProblemDocument document = document(cause, requestId);
            byte[] body = json.writeValueAsBytes(document.toJson());
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(document.status()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set(RequestIds.HEADER, requestId);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }

        private static ProblemDocument document(Throwable cause, String requestId) {
            Map<String, Object> extensions = Map.of("requestId", requestId);
            if (cause instanceof TooLongHttpLineException) {
                return new ProblemDocument(Problem.URI_TOO_LONG,
                        "The request line is longer than this service accepts", null, extensions);
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return new ProblemDocument(Problem.HEADERS_TOO_LARGE,
                        "The request's headers are larger than this service accepts", null, extensions);
            }
            if (cause instanceof TooLongFrameException) {
                return new ProblemDocument(Problem.BAD_REQUEST, "A part of the request is too long", null, extensions);
            }
            return new ProblemDocument(Problem.BAD_REQUEST, "The request is not valid HTTP", null, extensions);
        }
    }
}
