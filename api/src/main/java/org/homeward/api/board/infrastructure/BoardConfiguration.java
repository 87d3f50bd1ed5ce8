package org.homeward.api.board.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.board.BoardFeed;
import org.homeward.api.board.DueInterviews;
import org.homeward.api.board.FollowingBoard;
import org.homeward.api.board.ReadingBoard;
import org.homeward.api.board.ReadingBoardSnapshot;
import org.homeward.api.board.StreamTicket;
import org.homeward.api.board.StreamTickets;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.help.HelpRequests;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/** The board's use cases, its per-instance feed, and stream tickets in MongoDB. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BoardSettings.class)
class BoardConfiguration {

    /**
     * A stream ticket: who it was issued to (uid and claims, as verified then). Taken (deleted) when
     * used. Unused tickets expire by a TTL index on a real MongoDB; the embedded server has no TTL, and
     * an expired ticket is refused either way.
     */
    @Document("board_stream_tickets")
    record TicketDocument(@Id String id, String uid, String role, String organisationId, String personId,
                          @Indexed(expireAfter = "1h") Instant expiresAt) {
        static TicketDocument of(StreamTicket ticket) {
            Caller caller = ticket.caller();
            return new TicketDocument(ticket.id(), caller.uid(), caller.role().map(Role::claim).orElse(null),
                    caller.organisationId().orElse(null), caller.personId().orElse(null), ticket.expiresAt());
        }

        StreamTicket toDomain() {
            return new StreamTicket(id, new Caller(uid, Optional.ofNullable(role).flatMap(Role::fromClaim),
                    Optional.ofNullable(organisationId), Optional.ofNullable(personId)), expiresAt);
        }
    }

    @Bean
    StreamTickets streamTickets(ReactiveMongoTemplate mongo) {
        return new StreamTickets() {
            @Override
            public Mono<StreamTicket> insert(StreamTicket ticket) {
                return mongo.insert(TicketDocument.of(ticket)).map(TicketDocument::toDomain);
            }

            @Override
            public Mono<StreamTicket> take(String id) {
                return mongo.findAndRemove(Query.query(Criteria.where("_id").is(id)), TicketDocument.class)
                        .map(TicketDocument::toDomain);
            }
        };
    }

    /** The board's view of interviews, through the interviews feature's own query: only what the board shows. */
    @Bean
    DueInterviews dueInterviews(Interviews interviews) {
        return () -> interviews.findAllOpen()
                .map(interview -> new DueInterviews.DueInterview(interview.id(), interview.youngPersonId(),
                        interview.status().name(), interview.returnedAt(), interview.dueAt(),
                        interview.escalatedAt(), interview.breachedAt()));
    }

    @Bean
    ReadingBoardSnapshot readingBoardSnapshot(GoingOutPlans plans, Alerts alerts, HelpRequests helpRequests,
                                              MissingEpisodes episodes, DueInterviews interviews,
                                              YoungPeople youngPeople, Clock clock) {
        return new ReadingBoardSnapshot(plans, alerts, helpRequests, episodes, interviews, youngPeople, clock);
    }

    @Bean
    BoardFeed boardFeed(ReadingBoardSnapshot reading, BoardSettings settings) {
        return new BoardFeed(reading, settings.pollInterval());
    }

    @Bean
    ReadingBoard readingBoard(ReadingBoardSnapshot reading, BoardFeed feed, Relationships relationships,
                              AuditLog audit) {
        return new ReadingBoard(reading, feed, relationships, audit);
    }

    @Bean
    FollowingBoard followingBoard(StreamTickets tickets, ReadingBoard board, Clock clock, BoardSettings settings) {
        return new FollowingBoard(tickets, board, clock, settings.ticketLifetime());
    }
}
