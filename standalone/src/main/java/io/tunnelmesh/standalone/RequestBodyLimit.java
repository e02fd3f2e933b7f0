/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles each HTTP/1.1 request body up to the controller's configured limit, ahead of ODL's own aggregator, whose
 * limit netconf 10.0.2 fixes at 16 KiB: a network with a few hundred ports in one PUT is larger than that. A request
 * this handler has assembled passes ODL's aggregator untouched (Netty aggregates only what is not yet whole).
 *
 * <p>A larger body is refused before it is read, as RFC 8040 section 7 maps the error-tag {@code too-big}: HTTP 413
 * with an errors body shaped as ODL's server writes its own ({@code {"errors":{"error":[...]}}}); the rest of the
 * body is read and dropped on a keep-alive connection, and the connection closed otherwise.
 */
final class RequestBodyLimit extends HttpObjectAggregator {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimit.class);
    private static final HttpResponseStatus TOO_BIG = HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;

    private final int maxBytes;

    RequestBodyLimit(final int maxBytes) {
        // true: the connection is closed after a refused "Expect: 100-continue", its body never read
        super(maxBytes, true);
        this.maxBytes = maxBytes;
    }

    /**
     * Puts the limit into a cleartext HTTP channel's pipeline, after Netty's HTTP/2 upgrade handler (which passes
     * every request without an upgrade on as it came) and before ODL's HTTP/1.1 handlers. A channel that has no such
     * handler (HTTP/2 with prior knowledge, or TLS, whose protocol is settled later) keeps ODL's limit.
     *
     * @param pipeline the pipeline of a channel ODL's RESTCONF server has just set up
     * @param maxBytes the largest request body accepted
     * @return whether the limit is in place
     */
    static boolean install(final ChannelPipeline pipeline, final int maxBytes) {
        final var upgrade = pipeline.context(HttpServerUpgradeHandler.class);
        if (upgrade == null) {
            LOG.debug("{}: no HTTP/1.1 upgrade handler, the request body limit stays ODL's", pipeline.channel());
            return false;
        }
        pipeline.addAfter(upgrade.name(), "tunnelmesh-request-body-limit", new RequestBodyLimit(maxBytes));
        return true;
    }

    @Override
    protected Object newContinueResponse(final HttpMessage start, final int maxContentLength,
            final ChannelPipeline pipeline) {
        // "Expect: 100-continue" (curl asks it for bodies over 1 MiB): Netty answers a body announced too large with
        // an empty 413 and closes; the same 413 with the RESTCONF error instead
        final var response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (response instanceof HttpResponse refusal && refusal.status().code() == TOO_BIG.code()
                && start instanceof HttpRequest request) {
            ReferenceCountUtil.release(refusal);
            final var refused = tooBig(pipeline.channel(), request);
            refused.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return refused;
        }
        return response;
    }

    @Override
    protected void handleOversizedMessage(final ChannelHandlerContext ctx, final HttpMessage oversized) {
        if (oversized instanceof HttpRequest request) {
            // as Netty does: a keep-alive connection stays, the rest of the body is read and dropped
            final boolean close = request instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(request) && !HttpUtil.isKeepAlive(request);
            final var response = tooBig(ctx.channel(), request);
            if (close) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
            }
        } else {
            // a server channel reads requests only
            ctx.close();
        }
    }

    private FullHttpResponse tooBig(final Channel channel, final HttpRequest request) {
        LOG.info("{}: refused a {} {} request body over {} bytes", channel.remoteAddress(), request.method(),
            request.uri(), maxBytes);
        final var body = String.format(Locale.ROOT, """
            {"errors":{"error":[{"error-type":"protocol","error-tag":"too-big",\
            "error-message":"the request body is larger than %d bytes, this controller's limit\
             (tunnelmesh run --restconf-max-body)"}]}}""", maxBytes).getBytes(StandardCharsets.UTF_8);
        final var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, TOO_BIG,
            Unpooled.wrappedBuffer(body));
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, "application/yang-data+json")
            .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return response;
    }
}
