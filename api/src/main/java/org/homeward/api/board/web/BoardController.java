package org.homeward.api.board.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.WORKER;

import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.homeward.api.board.FollowingBoard;
import org.homeward.api.board.NowBoard;
import org.homeward.api.board.ReadingBoard;
import org.homeward.api.board.StreamTicket;
import org.homeward.api.board.infrastructure.BoardSettings;
import org.homeward.infra.identity.AccessRules;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.web.ProblemResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The "Now" board: once, or live over server-sent events opened with a single-use ticket. */
@Tag(name = "Now board", description = "The worker console's \"Now\" board: overdue plans, open help requests, "
        + "young people missing now, return interviews falling due; once or live over server-sent events")
@RestController
class BoardController {

    record TicketView(String ticket, Instant expiresAt, String stream) {
        static TicketView of(StreamTicket ticket) {
            return new TicketView(ticket.id(), ticket.expiresAt(), "/board/stream?ticket=" + ticket.id());
        }
    }

    /** Sent on an idle stream so that the client knows the server's time (and proxies keep it open). */
    record Heartbeat(Instant at) {
    }

    private final ReadingBoard board;
    private final FollowingBoard following;
    private final BoardSettings settings;
    private final java.time.Clock clock;

    BoardController(ReadingBoard board, FollowingBoard following, BoardSettings settings, java.time.Clock clock) {
        this.board = board;
        this.following = following;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/board")
    @Operation(operationId = "getNowBoard", summary = "The \"Now\" board: plans overdue with the ladder's step, "
            + "open help requests, young people missing now, return interviews falling due (hours left) — of the young people the caller may see or was alerted about")
    Mono<NowBoard> now(@AuthenticationPrincipal Caller caller) {
        return board.now(caller);
    }

    @PostMapping("/board/stream-tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createBoardStreamTicket", summary = "A single-use ticket (valid 30 s) to open the live "
            + "board with EventSource, which cannot send an Authorization header")
    Mono<TicketView> ticket(@AuthenticationPrincipal Caller caller) {
        return following.ticket(caller).map(TicketView::of);
    }

    @GetMapping(path = "/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamNowBoard", summary = "The live board as server-sent events: `board` (a NowBoard) "
            + "at once and whenever it changes, `heartbeat` ({at}) while idle; closes after homeward.board.stream-lifetime. "
            + "Opened with a ticket from POST /board/stream-tickets, no token")
    @SecurityRequirements // the ticket is the credential: EventSource cannot send a token
    @ApiResponse(responseCode = "200", description = "The event stream", content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @ProblemResponse(status = 401, description = "The ticket is unknown, already used or expired")
    Flux<ServerSentEvent<Object>> stream(@RequestParam @NotBlank @Size(max = 100) String ticket) {
        Flux<ServerSentEvent<Object>> boards = following.follow(ticket)
                .map(now -> ServerSentEvent.builder((Object) now).event("board").build());
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(settings.heartbeat(), settings.heartbeat())
                .map(tick -> ServerSentEvent.builder((Object) new Heartbeat(clock.instant())).event("heartbeat").build());
        return Flux.merge(boards, heartbeats)
                .take(settings.streamLifetime());
    }

    @Configuration(proxyBeanMethods = false)
    static class Rules {
        @Bean
        AccessRules boardAccessRules() {
            return exchanges -> exchanges
                    .pathMatchers(HttpMethod.GET, "/board").hasAnyRole(roles(CARER, WORKER, MANAGER))
                    .pathMatchers(HttpMethod.POST, "/board/stream-tickets").hasAnyRole(roles(CARER, WORKER, MANAGER))
                    // The ticket is the credential: EventSource cannot send a token.
                    .pathMatchers(HttpMethod.GET, "/board/stream").permitAll();
        }
    }
}
