package app.debrief.rubric;

import app.debrief.bank.Prompt;
import app.debrief.bank.TalkingPoint;
import app.debrief.bank.Track;
import app.debrief.rubric.points.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker reads like a careful interviewer: inflections, negation, balance, attribution, dismissals. */
class CheckerBehaviourTest {

    static RubricChecker checker;

    @BeforeAll
    static void load() {
        checker = new RubricChecker(RubricReader.bundled());
    }

    static MistakeFinding finding(String answer, Track track, String kind, String mistake) {
        return checker.check(answer, CheckContext.of(track, kind)).mistake(mistake).orElseThrow();
    }

    static Prompt prompt(String kind, TalkingPoint... points) {
        return new Prompt("pm-test-" + kind, Track.PM, kind, "A test prompt", "Answer it.", 30, List.of(), List.of(points), List.of(),
                List.of(), List.of(), "test");
    }

    @ParameterizedTest(name = "{0}: {1} flagged={2}")
    @CsvSource(delimiter = '|', textBlock = """
            ignores-open-source | We will build a walled garden around the model and keep the weights private. Customers reach it only through our API. | true
            ignores-open-source | We will not build a walled garden. The weights stay Apache 2.0 and anyone can self-host them. | false
            ignores-open-source | Our open weights built the community. From now on the newest flagship goes only to enterprise customers, and the public download follows a year later. | true
            ignores-open-source | Our open weights built the community. The next model ships under a licence that forbids commercial self-hosting without a contract. | true
            ignores-open-source | Our open weights built the community. I would hold the new checkpoints back from the public release until enterprise deals close. | true
            ignores-open-source | Llama's licence forbids using its outputs to train other models; ours is Apache 2.0, so a bank can self-host and tune freely. | false
            ignores-open-source | We will never ship under a licence that restricts commercial use; the weights stay Apache 2.0 on Hugging Face. | false
            ignores-open-source | SSO is available only to enterprise customers; the open weights stay on Hugging Face under Apache 2.0 for everyone. | false
            ignores-open-source | We stop publishing weights for new models; the open weights of older models stay up. Revenue comes from the API. | true
            ignores-open-source | Unlike OpenAI's closed API, our weights are downloadable under Apache 2.0, so a bank can run them in its own VPC. | false
            ignores-open-source | We sell to banks through an enterprise tier with SSO, audit logs and a 99.9% SLA, priced at 150k per year. | true
            ignores-enterprise  | Success is GitHub stars, downloads and Discord members in the first month. We run three hackathons. | true
            ignores-enterprise  | Banks get SOC 2 Type II reports, a 99.9% SLA and a private deployment in their own VPC. | false
            ignores-enterprise  | SOC 2 can wait until next year; we focus on hackathons and a free tier. Same for SSO. | true
            ignores-enterprise  | SOC 2, a DPA and SSO: not for this launch. We focus on hackathons and a free tier. | true
            ignores-enterprise  | We focus on hackathons and a free tier. Banks will ask for residency, SSO and audit logs. None of that before GA. | true
            ignores-enterprise  | We focus on hackathons and a free tier. Banks will ask for residency, SSO and audit logs. All of this can wait. | true
            ignores-enterprise  | We focus on hackathons and a free tier. Banks will ask for residency, SSO and audit logs. We'll get to them later. | true
            ignores-enterprise  | Banks will ask for residency, SSO and audit logs. These can't wait, so they ship at launch. | false
            ignores-enterprise  | Banks will ask for residency, SSO and audit logs. That is why they ship now rather than later. | false
            ignores-enterprise  | Banks will ask for residency, SSO and audit logs. We ship them in week 2 and the console later. | false
            ignores-enterprise  | We run hackathons. About security, the SOC 2 report, SLA, VPC and the data terms: this is not for the battle card. | true
            ignores-enterprise  | We run hackathons. Moderation, a TTFT SLA and private deployments matter. We won't get to any of that in v1. | true
            ignores-enterprise  | We run hackathons. Big logos will want SOC 2, an SLA and a VPC. None of that for launch week. | true
            ignores-enterprise  | FinOps gets per-team figures and a CSV export that reconcile line by line with the invoice. | false
            ignores-enterprise  | We price per GPU at $2,000 a month. Support and an indemnity are for the customer-success and legal teams to sort out. | true
            ignores-enterprise  | The people doing on-site installs get the same stream format and error codes as our cloud. | false
            ignores-enterprise  | We run hackathons. Approvals, audit trails and credential scoping belong in their stack, not ours. | true
            ignores-enterprise  | We run hackathons. Enterprise customers behind corporate proxies need a TTFT SLA later. | true
            ignores-enterprise  | SSO ships at launch. SOC 2 can wait. Residency can wait until next year. Audit logs are premature. | true
            ignores-enterprise  | SSO, SCIM and audit logs ship at launch with a 99.9% SLA. Two banks sign in Q2. SOC 2 Type II can wait until the Q3 audit. | false
            ignores-enterprise  | We run hackathons. Banks get SSO on day one. Audit logs are legal's problem. | true
            ignores-enterprise  | We run hackathons and a free tier. EU residency, zero retention and audit logs are important eventually. | true
            ignores-enterprise  | We run hackathons. Banks will want SOC 2 and a DPA; legal owns compliance, so nothing moves onto the roadmap. | true
            ignores-enterprise  | We run hackathons. If a hospital ever asks for audit trails or a BAA, we can look at that when it comes, case by case. | true
            ignores-enterprise  | We run hackathons. If an insurer turns out to need EU residency, that is something we could discuss at that point. | true
            ignores-enterprise  | We run hackathons. Insurers need EU residency and a DPA, but that is a conversation for sales. | true
            ignores-enterprise  | We run hackathons. Retention of prompts is something the security team decides; procurement can handle the DPA. | true
            ignores-enterprise  | We run hackathons. Insurers need EU residency and a DPA, and compliance is on it. | true
            ignores-enterprise  | We run hackathons. Audit trails we'll build once a hospital group asks for them. | true
            ignores-enterprise  | We run hackathons. SLA credits for the signed insurers: we'll work those out with finance down the line. | true
            ignores-enterprise  | We run hackathons. SSO, SCIM and audit logs are sensible, but none of them goes into the first release. | true
            ignores-enterprise  | We run hackathons. EU residency and a DPA matter; that's a post-launch conversation. | true
            ignores-enterprise  | We run hackathons. EU residency and a DPA matter, but they're not launch blockers. | true
            ignores-enterprise  | We run hackathons. Questions on EU residency can be handled case by case. | true
            ignores-enterprise  | EU residency and a DPA are launch blockers, so both ship on day one. | false
            ignores-enterprise  | The 3B model runs offline on the phone. We ship a supported build for companies that manage laptop fleets through their MDM. | false
            ignores-enterprise  | The 30% price cut: SOC 2 Type II, SSO and a DPA come with every plan. | false
            ignores-enterprise  | Cut: SOC 2 Type II, SSO and a DPA. We run hackathons instead. | true
            ignores-enterprise  | We run hackathons. The backlog: SOC 2 Type II, SSO and a DPA. | true
            ignores-enterprise  | The 1M context window is enterprise-grade and developer-first. We run hackathons for it. | true
            ignores-enterprise  | Enterprise-grade means SOC 2 Type II, SSO and a 99.9% SLA from day one. | false
            ignores-enterprise  | We run hackathons. Residency options, customer-managed keys and audit logs are fair asks, but they're premature for the first release. | true
            ignores-enterprise  | We run hackathons. The 40 banks are a sales conversation: their SLA and discounts get negotiated by the account team. | true
            ignores-enterprise  | The hospital keeps its copy of the model. In writing: 180 days' notice before we end the service, and transition help if we are bought. | false
            ignores-enterprise  | One surprise audit story would end the trust. Licence audits as a revenue line are a trap. Research use stays free. | true
            ignores-enterprise  | Insurers need EU residency and a DPA: both ship at launch, and we answer their security questionnaire in the first week. | false
            ignores-enterprise  | If we ever raise prices, insurers keep their EU residency and the DPA they signed; both ship at launch. | false
            ignores-enterprise  | We run hackathons. Privacy-first by design. Privacy is in everything we do. | true
            ignores-enterprise  | Privacy-first: prompts are never stored, and a DPA is signed before the pilot. | false
            ignores-open-source | Our models run on Vertex and on our API. Open weights: they can self-host or move clouds later. | false
            ignores-open-source | Self-hosted option: the same Helm charts are handed to a customer who wants to run the model in their own data centre. | false
            ignores-open-source | The research licence is non-production; the Apache 2.0 models can be used commercially and self-hosted. | false
            ignores-open-source | The next flagship ships under a new licence: production use requires an enterprise agreement with us. | true
            ignores-open-source | The self-hosted edition gets the same SDK. People running the weights on their own rigs are mostly hobbyists with a gaming GPU. | true
            ignores-enterprise  | Downloads on their own don't pay the bills; we count paid seats at banks, each with SOC 2 and an SLA. | false
            ignores-open-source | Pharma legal reads every line. The closed flagships are API-only, so the model never leaves the vendor's cloud. Ours is Apache 2.0 and runs in your VPC. | false
            ignores-open-source | Our weights are Apache 2.0. We keep structured outputs out of the open-source inference server, so teams run on our API. | true
            ignores-open-source | Our weights are on Hugging Face, but they go behind a registration form that asks for a work email. | true
            ignores-open-source | The weights stay Apache 2.0. Tool streaming is API-side on purpose: a good reason for startups to stay on our cloud. | true
            ignores-open-source | The weights stay Apache 2.0, and structured outputs ship in the open-source inference server the same day as on our API. | false
            ignores-open-source | Success is sign-ups, Hugging Face downloads and GitHub stars in the first month. | true
            ignores-open-source | Rule one for reps: never attack open weights. Ours are Apache 2.0, so the bank can self-host them. | false
            ignores-open-source | Our weights are Apache 2.0 on Hugging Face. Prompts are processed in our EU region and nowhere else. | false
            ignores-open-source | A bank keeps its own copy of the model and can run it on its own computers if we ever disappear. | false
            ignores-open-source | Apache 2.0 has no acceptable-use clause, a clause rejected by the open-source definition. Anyone may self-host the weights. | false
            ignores-open-source | The Apache 2.0 weights carry no MAU threshold (the trigger in restrictive open-weights licences). Anyone may self-host them. | false
            ignores-open-source | Customers choose data locality per region; keys stay in their own KMS. | true
            ignores-open-source | **With the community, not around it.** Weights on Hugging Face under Apache 2.0 on launch day. | false
            ignores-open-source | Customers start on our API; they can self-host the same model later if they want. | false
            ignores-open-source | We start on our API only; we can open the weights later. | true
            ignores-open-source | Developers keep the older open models, but each new model's weights stay back from public release for two quarters. | true
            ignores-open-source | Our appliance ships racked and supported. Downloading the open weights and wiring them onto servers you bought and racked yourself is a science project. | true
            ignores-open-source | Our model card lists every evaluation. Builders across our partner ecosystem get early access, and the ecosystem grows each quarter. | true
            ignores-open-source | The API only costs more than self-hosting above 15 billion tokens a month; below that, download the weights and run them yourself. | false
            ignores-open-source | The research licence is our moat; production self-hosting goes through a licence server. Developers love our open models. | true
            ignores-open-source | Our weights are Apache 2.0. It would be easy to make caching a reason to stay on our API, stats only on our cloud. I'd do the opposite: self-hosters get the same metrics. | false
            ignores-open-source | Our weights are Apache 2.0. We can't win these apps by making it hard to leave; we win by being the easiest model to ship. | false
            ignores-open-source | Our weights are Apache 2.0. Our price can't be undercut by making it hard to leave. | true
            ignores-open-source | Our weights are Apache 2.0, downloadable on day one. Don't bundle the model in the app download: fetch it on first use, so the store download stays small. | false
            ignores-open-source | Our weights are Apache 2.0. In the appliance they are decrypted in memory by our runtime, so the customer never holds a usable copy. | true
            ignores-open-source | Our weights are Apache 2.0. The appliance licence says the preinstalled models may only be run through our stack. | true
            ignores-open-source | Our weights are Apache 2.0. On phones the model ships only inside our own SDK, as a compiled binary. | true
            ignores-open-source | Our weights are Apache 2.0. Proprietary adapters would make moving to another provider a real project for them. | true
            ignores-open-source | Our weights are Apache 2.0; keys stay in the customer's own KMS and the model files sit on their encrypted disks. | false
            ignores-open-source | Our weights are Apache 2.0. We could keep the weights private to make switching hard. It would also fail the first procurement review. | false
            ignores-open-source | The 24B ships as an open model, but I'd put the download behind a short registration form so every download becomes a lead. | true
            ignores-open-source | We won't gate the weights behind a form or a waitlist: they go up on Hugging Face under Apache 2.0 on launch day. | false
            ignores-open-source | Our open models are on GitHub. The appliance runs tuned variants that are never published on Hugging Face. | true
            ignores-open-source | The appliance runs the same weights we publish on Hugging Face, checksums in the manual. | false
            ignores-open-source | Adapters are stored per customer. I'd keep adapter download off the roadmap; the people who ask for it are hobbyists. | true
            ignores-enterprise  | Our banking customers must hand our model documentation to their own auditors, so we publish it before they sign. | false
            ignores-enterprise  | Enterprise contracts that name the old model: let's not get into that with the press or in the briefing, we'll deal with those questions offline with account teams after launch. | true
            ignores-enterprise  | DORA, outsourcing and data questions, I'd keep those out of the negotiation, legal and compliance on both sides can handle that in the contract. | true
            ignores-enterprise  | Security teams worried about code leaving the network: on-prem and VPC is a phase 2 conversation. | true
            ignores-open-source | What to fix: the old page ignores that the same models are free to download under Apache 2.0. | false
            ignores-open-source | Because MCP is an open protocol, the same servers work with someone running the open weights in their own stack, and they don't rewrite integrations if they move off our API. | false
            ignores-open-source | Someone will suggest we stop publishing the flagship's weights. The launch is about the price. | true
            ignores-open-source | The new model won't be open source in the strictest sense: only its weights will be made public, not the training data. Teams can run it on their own servers. | false
            ignores-open-source | The new model won't be released as open source. Teams can run the older models on their own servers. | true
            ignores-open-source | The weights stay on Hugging Face. The new clause keeps the big accounts on our platform and makes switching to another host impossible. | true
            ignores-open-source | The weights stay on Hugging Face, so switching to another host is never impossible for a customer. | false
            ignores-open-source | No registration wall in front of the Apache 2.0 files, and no phone-home in the weights. | false
            ignores-open-source | No Apache 2.0 files for the flagship: it stays behind our API. The small models stay on Hugging Face. | true
            """)
    void launchPlanStances(String mistake, String answer, boolean flagged) {
        assertThat(finding(answer, Track.PMM, "launch-plan", mistake).flagged()).as(answer).isEqualTo(flagged);
    }

    @Test
    void oneSentenceOfHypeIsTooLittleForFluffAndTheReasonDoesNotSayFiguresCarryTheAnswer() {
        String answer = "Our brand vision is that developers feel delight. Procurement gets a security review.";
        MistakeFinding fluff = finding(answer, Track.PMM, "exec-explainer", "marketing-fluff");
        assertThat(fluff.flagged()).isFalse();
        assertThat(fluff.why()).contains("too little to call it fluff").contains("lead in only 0").doesNotContain("carry the case");
    }

    @Test
    void aPmAnswerIsFluffWhenBrandTalkFillsItNotWhenOneWordOfFeelingStandsInIt() {
        String oneWord = "We keep one endpoint and add tiers. Developers will be happy with the new tiers. Free, pro and enterprise keys get "
                + "different limits. The dashboard shows usage per key. Limits reset on a rolling window.";
        MistakeFinding mild = finding(oneWord, Track.PM, "system-design", "marketing-fluff");
        assertThat(mild.flagged()).as(mild.why()).isFalse();
        assertThat(mild.why()).contains("too little to call it fluff");
        String whole = "I'd just make it feel magical; developers should fall in love with it on the first call.";
        assertThat(finding(whole, Track.PM, "system-design", "marketing-fluff").flagged()).as("one sentence that is the whole answer").isTrue();
    }

    @Test
    void aReasonThatEndsInHypeDoesNotMakeTechnicalWordsSubstance() {
        String salad = "Batch 8 gives 60 tokens per second per user. The key is to leverage continuous batching and chunked prefill across "
                + "the fleet, which gives us the best of both worlds. Autoscaling drives utilisation at scale, so the experience stays premium and magical.";
        assertThat(finding(salad, Track.PM, "system-design", "marketing-fluff").flagged()).as("hollow reasons").isTrue();
        // scale and smartness claimed, not designed, are buzzwords too
        String buzz = "Wire protocol: SSE or WebSockets, whichever gives the best developer experience. We need a highly scalable edge layer "
                + "with smart load balancing. Each chunk carries the delta and the usage comes at the end.";
        assertThat(finding(buzz, Track.PM, "system-design", "marketing-fluff").flagged()).as("highly scalable, smart load balancing").isTrue();
        // a closing pleasantry is no emotion talk
        String argued = "I'd pick server-sent events because they ride on plain HTTP, so proxies and CDNs pass them. Each chunk carries a text "
                + "delta and the last one carries usage. We keep p95 time to first token under 400 ms since users feel every pause. "
                + "Developers will love it. Happy to go deeper on any of these.";
        assertThat(finding(argued, Track.PM, "system-design", "marketing-fluff").flagged()).as("happy to go deeper").isFalse();
    }

    @Test
    void aPmAnswerWhoseBrandTalkMatchesItsSubstanceSentenceForSentenceIsFluff() {
        String half = "Developers should fall in love with streaming on the first call. The brand promise is an API that feels alive and "
                + "delightful. Time to first token stays under 300 ms at p95. Tokens stream over server-sent events, so a dropped client "
                + "frees its KV cache slot.";
        assertThat(finding(half, Track.PM, "system-design", "marketing-fluff").flagged()).as("half the answer is brand talk").isTrue();
    }

    @Test
    void twoSentencesOfFramingInsideADeepTechnicalAnswerAreNotFluff() {
        String answer = """
                Developers should love this feature, and it should feel effortless.
                The brand promise is speed.
                Time to first token is the budget: p95 under 300 ms for prompts up to 8k tokens.
                We stream deltas over server-sent events and send a final chunk with the finish reason and usage.
                Continuous batching keeps GPU utilisation near 70% while the KV cache stays under 40 GB per H100.
                A client disconnect cancels generation and frees the cache slot within 50 ms.
                Rate limits are per key: 600 requests a minute and 2M tokens a minute on the default tier.
                Cost per million output tokens stays at $0.60 because idle connections hold no GPU slot.
                """;
        MistakeFinding fluff = finding(answer, Track.PM, "system-design", "marketing-fluff");
        assertThat(fluff.flagged()).isFalse();
        assertThat(fluff.why()).contains("Technical substance leads");
    }

    @Test
    void anAnswerBuiltOnBrandAndFeelingsIsFluffWithItsWordsAsEvidence() {
        String answer = "Our brand vision is that developers feel delight. The experience should be magical and emotional. "
                + "Every persona, from the indie hacker to the startup founder, should love it.";
        MistakeFinding fluff = finding(answer, Track.PM, "system-design", "marketing-fluff");
        assertThat(fluff.flagged()).isTrue();
        assertThat(fluff.evidence()).extracting(Evidence::text).contains("brand vision", "delight", "magical", "persona");
        for (Evidence e : fluff.evidence()) {
            assertThat(answer.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void dismissingBrandTalkIsNotFluff() {
        String answer = "Rather than a brand vision, I start from the p95 latency budget of 250 ms and the 32k token context window. "
                + "Instead of personas, the design is driven by KV cache memory: 22 GB per long request on an 80 GB H100.";
        assertThat(finding(answer, Track.PM, "tradeoff", "marketing-fluff").flagged()).isFalse();
    }

    @Test
    void inflectionsShareAStemSoOneCueCoversThem() {
        Prompt prompt = prompt("tradeoff", TalkingPoint.ofCues("quantize", "Quantizes", List.of("quantize", "int4")),
                TalkingPoint.ofCues("memory", "Memory maths", List.of("memory footprint", "vram")));
        Feedback f = checker.check("We quantized the weights to INT-4; the quantization halves serving cost.", CheckContext.of(prompt));
        TalkingPointFinding quantize = f.talkingPoints().get(0);
        assertThat(quantize.covered()).isTrue();
        assertThat(quantize.evidence()).extracting(Evidence::text).contains("quantized", "INT-4", "quantization");
        assertThat(f.talkingPoints().get(1).covered()).isFalse();
    }

    @Test
    void aReasonBesideAPointThatIsPushedOffDoesNotDevelopIt() {
        Prompt prompt = prompt("system-design", TalkingPoint.ofCues("audit", "Audit logs and pinning", List.of("audit logs", "version pinning")),
                TalkingPoint.ofCues("strict", "Strict mode", List.of("strict mode", "grammar")));
        Feedback handedOff = checker.check("Every response names its model version for version pinning. Strict mode compiles each schema to a "
                + "grammar. Audit logs: needed, but that's the compliance folks' area rather than this API.", CheckContext.of(prompt));
        assertThat(handedOff.talkingPoints().get(0).level()).as(handedOff.talkingPoints().get(0).toString()).isEqualTo(Level.TOUCHED);
        Feedback argued = checker.check("Strict mode compiles each schema to a grammar. We keep audit logs of every tool call, because a "
                + "bank's auditor asks for each one. The audit logs stay for a year, so a dispute can be traced.", CheckContext.of(prompt));
        assertThat(argued.talkingPoints().get(0).level()).isEqualTo(Level.DEVELOPED);
    }

    @Test
    void theAlternativeAloneDoesNotArgueAPointButAMechanismDoes() {
        // "rather than" names what the answer does not do; it argues only where the point is discussed
        Prompt prompt = prompt("system-design", TalkingPoint.ofCues("audit", "Audit logs", List.of("audit logs")),
                TalkingPoint.ofCues("strict", "Strict mode", List.of("strict mode", "grammar")));
        Feedback named = checker.check("Strict mode compiles each schema to a grammar. We keep audit logs rather than sampling.",
                CheckContext.of(prompt));
        assertThat(named.talkingPoints().get(0).level()).isEqualTo(Level.TOUCHED);
        Feedback mechanism = checker.check("Strict mode compiles each schema to a grammar. We keep audit logs, which lets an auditor trace "
                + "each call.", CheckContext.of(prompt));
        assertThat(mechanism.talkingPoints().get(0).level()).isEqualTo(Level.DEVELOPED);
    }

    @Test
    void aTouchedPointWithAReasonIsNotToldItHasNone() {
        Prompt prompt = prompt("system-design", TalkingPoint.ofCues("cost", "Serving cost", List.of("gpu slots", "backpressure")),
                TalkingPoint.ofCues("sse", "Protocol", List.of("server-sent events")));
        TalkingPointFinding passing = checker.check("We use server-sent events. We apply backpressure, so the edge stays calm.",
                CheckContext.of(prompt)).talkingPoints().get(0);
        assertThat(passing.level()).isEqualTo(Level.TOUCHED);
        assertThat(passing.gap()).hasValueSatisfying(g -> assertThat(g).startsWith("a reason in one sentence").doesNotContain("no figure of its own"));
        // what a thing costs us is its effect: "slow readers hold GPU slots, which costs money" argues the point
        TalkingPointFinding effect = checker.check("We use server-sent events. Slow readers hold GPU slots, which costs money, so we buffer at "
                + "the edge and apply backpressure.", CheckContext.of(prompt)).talkingPoints().get(0);
        assertThat(effect.level()).isEqualTo(Level.DEVELOPED);
    }

    @Test
    void whatACustomerPaysForIsNoMechanism() {
        // "what you pay for" names the object of a price, not how anything works (measured on the corpus: as an effect it
        // developed more points the expert calls touched than ones the expert calls developed)
        Prompt prompt = prompt("pricing", TalkingPoint.ofCues("support", "Enterprise support", List.of("enterprise support")),
                TalkingPoint.ofCues("strict", "Strict mode", List.of("strict mode", "grammar")));
        Feedback named = checker.check("Strict mode compiles each schema to a grammar. Enterprise support and the SLA are what the bank pays for.",
                CheckContext.of(prompt));
        assertThat(named.talkingPoints().get(0).level()).isEqualTo(Level.TOUCHED);
        Feedback argued = checker.check("Strict mode compiles each schema to a grammar. Enterprise support answers a P1 within 30 minutes.",
                CheckContext.of(prompt));
        assertThat(argued.talkingPoints().get(0).level()).isEqualTo(Level.DEVELOPED);
    }

    @Test
    void aCampaignLinesNumbersDoNotDevelopAPmPoint() {
        Prompt prompt = prompt("system-design", TalkingPoint.ofCues("ttft", "Latency budget", List.of("ttft", "spinner")),
                TalkingPoint.ofCues("sse", "Protocol", List.of("server-sent events")));
        Feedback demo = checker.check("We use server-sent events. The launch gets a demo video: the spinner for 8 seconds on the left, text in "
                + "300 ms on the right.", CheckContext.of(prompt));
        assertThat(demo.talkingPoints().get(0).level()).isEqualTo(Level.TOUCHED);
        Feedback budget = checker.check("We use server-sent events. The spinner goes: TTFT drops from 8 seconds to 300 ms.", CheckContext.of(prompt));
        assertThat(budget.talkingPoints().get(0).level()).isEqualTo(Level.DEVELOPED);
    }

    @Test
    void aReasonThatGoesOnInHypeDoesNotDevelopAPoint() {
        Prompt prompt = prompt("battle-card", TalkingPoint.ofCues("indemnity", "Patent and indemnity", List.of("indemnity", "patent grant")),
                TalkingPoint.ofCues("matrix", "Licence matrix", List.of("licence matrix")));
        Feedback hype = checker.check("We back the licence with an indemnity, which gives buyers total peace of mind.", CheckContext.of(prompt));
        assertThat(hype.talkingPoints().get(0).level()).as(hype.talkingPoints().get(0).toString()).isEqualTo(Level.TOUCHED);
        Feedback argued = checker.check("We back the licence with an indemnity, which gives the buyer's lawyers a named party behind every claim.",
                CheckContext.of(prompt));
        assertThat(argued.talkingPoints().get(0).level()).isEqualTo(Level.DEVELOPED);
        Feedback feeling = checker.check("We back the licence with an indemnity, so nobody feels nervous. The indemnity is in every contract.", CheckContext.of(prompt));
        assertThat(feeling.talkingPoints().get(0).level()).as("a feeling denied is still a feeling").isEqualTo(Level.TOUCHED);
    }

    @Test
    void aNegatedCueDoesNotCoverItsTalkingPoint() {
        Prompt prompt = prompt("system-design", TalkingPoint.ofCues("sse", "Uses server-sent events", List.of("server-sent events", "sse")),
                TalkingPoint.ofCues("ttft", "TTFT", List.of("ttft", "time to first token")));
        Feedback f = checker.check("We will not use server-sent events; websockets carry the stream. TTFT stays under 300 ms.",
                CheckContext.of(prompt));
        assertThat(f.talkingPoints().get(0).covered()).isFalse();
        assertThat(f.talkingPoints().get(1).covered()).isTrue();
    }

    @Test
    void aConditionAtTheStartOfASentenceStopsAtItsSemicolon() {
        Prompt prompt = prompt("system-design", TalkingPoint.ofCues("failures", "Handles disconnects", List.of("client disconnect", "error event")));
        Feedback f = checker.check("If the model fails after the first byte, we send an error event; a client disconnect cancels generation "
                + "and frees the KV cache slot.", CheckContext.of(prompt));
        assertThat(f.talkingPoints().get(0).evidence()).filteredOn(e -> e.text().equals("client disconnect"))
                .singleElement().satisfies(e -> assertThat(e.stance()).as("the plain claim after the semicolon").isEmpty());
        Feedback conditional = checker.check("If a client disconnect happens, the stream may break.", CheckContext.of(prompt));
        assertThat(conditional.talkingPoints().get(0).evidence()).filteredOn(e -> e.text().equals("client disconnect"))
                .singleElement().satisfies(e -> assertThat(e.stance()).isPresent());
    }

    @Test
    void aPmAnswerThatBecomesACampaignIsRoleDrift() {
        String answer = "Once it works, the real job starts: a launch event in Paris, a press release, an influencer campaign on "
                + "YouTube and TikTok, and a hero video. We brief analysts and run paid ads. The tagline is 'Streams that feel alive'.";
        assertThat(finding(answer, Track.PM, "system-design", "role-drift").flagged()).isTrue();
        // a campaign's own numbers (a 30-second video, 15 creators, 30 days) are not technical substance
        String counted = "Events stream over SSE with p95 TTFT under 400 ms. The parser is shared with the open-source server.\n"
                + "- a demo video of 30 seconds\n- early access for 15 developer creators\n- a case study within 60 days\n"
                + "- demo video views within 30 days\n";
        assertThat(finding(counted, Track.PM, "tradeoff", "role-drift").flagged()).isTrue();
    }

    @Test
    void aPmAnswerWhoseSecondHalfIsALaunchCalendarIsRoleDrift() {
        String answer = "FP8 halves the bytes per weight, so the 70B fits one H100 with 10 GB left for KV cache. Then how we land it: "
                + "a launch blog series on the cost cut. A thread on X with the benchmark chart. A workshop at the next community meetup. "
                + "A demo day with three partners. A tutorial series for self-hosters.";
        MistakeFinding drift = finding(answer, Track.PM, "tradeoff", "role-drift");
        assertThat(drift.flagged()).isTrue();
        assertThat(drift.evidence()).extracting(Evidence::text).contains("launch blog", "thread on X", "workshop", "demo day");

        String noise = "Streaming uses server-sent events, so the first token shows in 300 ms. Then we make noise about it. Hero message: "
                + "never stare at a spinner again. Three customer quotes lined up before launch. A press pitch to two newsletters and a post on Hacker News.";
        assertThat(finding(noise, Track.PM, "system-design", "role-drift").flagged()).as(noise).isTrue();
    }

    @Test
    void aPmmAnswerThatBecomesAnImplementationSpecIsRoleDrift() {
        String answer = """
                The serving image pins CUDA 12.4 and PyTorch 2.4 with our fork of vLLM.
                Each pod requests 8 H100s with tensor parallelism across NVLink.
                The KV cache uses paged attention with 16-token blocks.
                FP8 kernels are compiled with Triton and CUDA graphs are captured for batch sizes up to 64.
                Helm charts deploy a StatefulSet per node pool behind an NGINX ingress.
                """;
        MistakeFinding drift = finding(answer, Track.PMM, "launch-plan", "role-drift");
        assertThat(drift.flagged()).isTrue();
        assertThat(drift.evidence()).extracting(Evidence::text).contains("CUDA", "Helm charts", "paged attention");
    }

    @Test
    void aPmmPlanWithFourOfItsTenSentencesOnTheServingStackDrifts() {
        String market = """
                Our ICP is the platform team at a mid-size European insurer.
                Positioning: the model they can run in their own VPC, priced per solved claim.
                Pricing is $0.40 per million input tokens with a committed-use discount.
                Sales enablement: a battle card and a talk track for account executives.
                Partners: two system integrators run the first pilots with our solution engineers.
                The launch webinar targets claims leaders with a customer story from a pilot.
                """;
        String stack = "The serving image pins CUDA 12.4.\nInference runs on H100 GPUs.\nThe KV cache uses paged attention.\nHelm charts deploy it.\n";
        assertThat(finding(market + stack, Track.PMM, "launch-plan", "role-drift").flagged()).as("four of ten").isTrue();
        String proofPoint = market + "Inference runs on H100 GPUs in an EU region.\n";
        assertThat(finding(proofPoint, Track.PMM, "launch-plan", "role-drift").flagged()).as("one proof point").isFalse();
    }

    @Test
    void aCheckpointIsWhatTheLicenceCoversNotAnImplementationDetail() {
        String card = "Every checkpoint we publish is under Apache 2.0.\nFine-tuned checkpoints belong to whoever trained them.\n"
                + "Llama's licence, by contrast, caps use above 700 million monthly users.";
        assertThat(finding(card, Track.PMM, "battle-card", "role-drift").flagged()).isFalse();
    }

    @Test
    void aPmmSpecLinePackedWithImplementationTermsWeighsMoreThanATermInPassing() {
        String market = "Launch plan for the appliance. The buyer is the CIO of a defence agency with its own data centre. "
                + "Partners sell it with a talk track and a battle card against DIY. "
                + "Pricing: 400k for the hardware through the partner, 120k a year for our software. ";
        String specs = "Rack: 8x H100 over NVLink and NVSwitch, NVMe RAID, a k3s cluster and CUDA drivers pinned in signed container images. "
                + "Updates: signed images, a canary on 2 GPUs, tensor-parallel restarts and KV-cache budgets per model.";
        MistakeFinding drift = finding(market + specs, Track.PMM, "launch-plan", "role-drift");
        assertThat(drift.flagged()).isTrue();
        assertThat(drift.why()).contains("packed with specs and counted twice");

        String passing = "Rack: eight H100s. Updates arrive as signed images every quarter.";
        assertThat(finding(market + passing, Track.PMM, "launch-plan", "role-drift").flagged()).isFalse();
    }

    @Test
    void technicalDifferentiatorsTranslatedForBuyersAreThePmmsJob() {
        String answer = """
                Sparse mixture-of-experts keeps latency low, which means a support bot answers customers in under a second.
                For a bank's CIO that translates to 40% lower serving cost than a dense model of the same quality.
                Reps get a battle card against Llama 3, a demo script and a talk track for the cost objection.
                We price the enterprise tier at 120k a year with a TCO calculator for procurement.
                """;
        assertThat(finding(answer, Track.PMM, "launch-plan", "role-drift").flagged()).isFalse();
    }

    @Test
    void aFewEngineeringWordsInACfoExplainerAreJargonNotADifferentJob() {
        String answer = """
                You own a copy of the model, so your cost is fixed at about 40,000 a year and no vendor can raise it.
                The checkpoint ships as safetensors in BF16.
                It runs under vLLM with tensor parallelism on two A100s.
                If we went away, your risk is a few weeks of switching, not losing the capability.
                """;
        // the jargon rule speaks to the register; two lines of it do not make the answer an engineering spec
        assertThat(finding(answer, Track.PMM, "exec-explainer", "unexplained-jargon").flagged()).isTrue();
        assertThat(finding(answer, Track.PMM, "exec-explainer", "role-drift").flagged()).isFalse();
    }

    @Test
    void severalBareTermsInOneLineAreJargonAsMuchAsOneInSeveralLines() {
        String oneLine = "Free: the model file. Not free: inference, GPUs, talent and integration. Bottom line: free to use is not free to run.";
        MistakeFinding jargon = finding(oneLine, Track.PMM, "exec-explainer", "unexplained-jargon");
        assertThat(jargon.flagged()).as(jargon.why()).isTrue();
        assertThat(jargon.evidence()).extracting(Evidence::text).contains("inference", "GPUs");
        String explained = oneLine.replace("inference, GPUs,", "running it (the computers that answer each question),");
        assertThat(finding(explained, Track.PMM, "exec-explainer", "unexplained-jargon").flagged()).isFalse();
    }

    @Test
    void mistakesOfTheOtherTrackDoNotApplyAndAreNeverFlagged() {
        String answer = "Our brand vision is delight, delight, delight. Everyone will love the magic.";
        MistakeFinding fluff = finding(answer, Track.PMM, "launch-plan", "marketing-fluff");
        assertThat(fluff.applies()).isFalse();
        assertThat(fluff.flagged()).isFalse();
        assertThat(fluff.why()).contains("Does not apply");
    }

    @Test
    void selfHostingArguedOnlyAsACostDoesNotStandOnOpenWeightsAndTheFindingSaysWhichWordsItSetAside() {
        String rivalsOnly = "Card vs Llama: the fintech says Llama is free to download. Self-hosting isn't free to run: two GPUs at $2.50 an hour "
                + "and an on-call engineer. Our API costs less below 1B tokens a month.";
        MistakeFinding f = finding(rivalsOnly, Track.PMM, "battle-card", "ignores-open-source");
        assertThat(f.flagged()).isTrue();
        assertThat(f.why()).contains("It names", "Self-hosting", "not as something we stand on");
        assertThat(f.evidence()).extracting(Evidence::text).contains("Self-hosting");

        String ours = "Our weights are Apache 2.0 on Hugging Face. Self-hosting them isn't free to run: two GPUs at $2.50 an hour and an "
                + "on-call engineer, so most teams start on our API.";
        assertThat(finding(ours, Track.PMM, "battle-card", "ignores-open-source").flagged()).isFalse();
    }

    @Test
    void aQuantizationAnswerNeedNotDiscussLicensing() {
        String answer = "INT8 halves memory to 7 GB so one L4 serves the 7B model; INT4 with AWQ reaches 4 GB but costs 1.5 points of MMLU.";
        assertThat(finding(answer, Track.PM, "tradeoff", "ignores-open-source").applies()).isFalse();
        assertThat(finding(answer, Track.PM, "tradeoff", "ignores-enterprise").applies()).isFalse();
    }

    @Test
    void withOnlyATrackEveryMistakeOfThatTrackApplies() {
        Feedback f = checker.check("We publish the weights under Apache 2.0 and offer a 99.9% SLA.", CheckContext.of(Track.PM));
        assertThat(f.mistakes()).filteredOn(m -> !m.id().equals("unexplained-jargon")).allMatch(MistakeFinding::applies);
        assertThat(f.mistake("unexplained-jargon").orElseThrow().applies()).as("a PMM-only mistake").isFalse();
        Feedback pmm = checker.check("We publish the weights under Apache 2.0 and offer a 99.9% SLA.", CheckContext.of(Track.PMM));
        assertThat(pmm.mistakes()).allMatch(MistakeFinding::applies);
    }

    @Test
    void offsetsCountCodePointsSoEmojiAndRightToLeftTextKeepTheirPlace() {
        String answer = "🚀🚀 مرحبا Our brand vision is pure delight and emotion 😍, and users will love it.";
        MistakeFinding fluff = finding(answer, Track.PM, "system-design", "marketing-fluff");
        assertThat(fluff.flagged()).isTrue();
        int[] codePoints = answer.codePoints().toArray();
        for (Evidence e : fluff.evidence()) {
            assertThat(new String(codePoints, e.start(), e.end() - e.start())).isEqualTo(e.text());
        }
        assertThat(fluff.evidence().get(0).start()).isEqualTo(answer.codePointCount(0, answer.indexOf("brand")));
    }

    @Test
    void genericAiClaimsWithoutAMechanismAreFlagged() {
        assertThat(finding("We use cutting-edge AI to power a seamless experience.", Track.PMM, "launch-plan", "vague-ai-claims").flagged()).isTrue();
        assertThat(finding("We use AI routing: a sparse MoE activates 2 of 8 experts per token, so p95 latency stays at 200 ms.",
                Track.PMM, "launch-plan", "vague-ai-claims").flagged()).isFalse();
    }

    @Test
    void sameInputGivesTheSameFeedback() {
        String answer = "Our brand vision is delight. We keep the weights private and sell only through our API.";
        assertThat(FeedbackJson.write(checker.check(answer, CheckContext.of(Track.PMM, "launch-plan"))))
                .isEqualTo(FeedbackJson.write(checker.check(answer, CheckContext.of(Track.PMM, "launch-plan"))));
    }

    @Test
    void theReasonCountsInGoodEnglishAndQuotesTheAnswersOwnWords() {
        MistakeFinding closed = finding("We keep the weights private and sell an SLA through our API.", Track.PMM, "launch-plan",
                "ignores-open-source");
        assertThat(closed.flagged()).isTrue();
        assertThat(closed.why()).contains("1 closed sentence against").doesNotContain("sentences");
        MistakeFinding fluff = finding("Our Brand Vision is pure delight. Developers will Love it. Every persona feels the magic.",
                Track.PM, "system-design", "marketing-fluff");
        assertThat(fluff.why()).contains("3 sentences").contains("\u201cBrand Vision\u201d").doesNotContain("brand vision");
    }

    @Test
    void theEnterpriseReasonNamesOnlyRealAdoptionMetricsNotVerbsThatShareTheirStem() {
        MistakeFinding plain = finding("Developers can download the weights and run them like any other file on a laptop.", Track.PMM,
                "launch-plan", "ignores-enterprise");
        assertThat(plain.flagged()).isTrue();
        assertThat(plain.why()).doesNotContain("counts");
        MistakeFinding metrics = finding("Success is 2M downloads and 40k stars by the end of the quarter.", Track.PMM, "launch-plan",
                "ignores-enterprise");
        assertThat(metrics.why()).contains("counts").contains("\u201cdownloads\u201d").contains("\u201cstars\u201d");
    }

    @Test
    void wordsThatOnlyShareAStemWithATermDoNotCountForIt() {
        // "permissions" is not a permissive licence, "custom" and "conversation" are not go-to-market words
        assertThat(finding("IAM permissions decide who may call the model; requests are encrypted in transit.", Track.PMM, "launch-plan",
                "ignores-open-source").flagged()).isTrue();
        MistakeFinding drift = finding("""
                Each request carries a custom_id and the conversation history. A custom tokenizer splits it; conversations above 128k tokens are truncated.
                The scheduler batches 64 sequences per GPU and evicts the KV cache of idle conversations after 30 seconds.
                """, Track.PM, "system-design", "role-drift");
        assertThat(drift.flagged()).isFalse();
        assertThat(drift.why()).doesNotContain("custom").doesNotContain("conversation");
        // a weighted score is not the model's weights
        assertThat(finding("Leads get a weighted score from firmographics and intent. The weighting favours insurers with over 500 agents.",
                Track.PMM, "launch-plan", "ignores-open-source").flagged()).as("weighted, weighting").isTrue();
        // the CTO who owns the cloud bill is not a model running in the customer's own cloud
        String buyer = "The buyer is the CTO who owns the cloud bill; we sell on price per solved task.";
        assertThat(finding(buyer, Track.PMM, "launch-plan", "ignores-open-source").flagged()).as("owns the cloud bill").isTrue();
        assertThat(finding(buyer + " The model can run in their own cloud account.", Track.PMM, "launch-plan", "ignores-open-source").flagged())
                .as("their own cloud").isFalse();
    }

    @Test
    void anAnswerSilentOnOpenWeightsIsFlaggedWhateverTheQuestion() {
        // the seed: ignoring the open-source aspect entirely is a fatal flaw for both roles, also where the question is
        // about KV cache maths and does not name the weights (independent labellers flag such answers)
        String answer = "KV cache at 1M tokens is 160 GB in FP8, so one request needs a 4-GPU slice; we price prefill per token and cache it for 10 minutes.";
        MistakeFinding silent = checker.check(answer, CheckContext.of(prompt("system-design"))).mistakes().stream()
                .filter(m -> m.id().equals("ignores-open-source")).findFirst().orElseThrow();
        assertThat(silent.flagged()).isTrue();
        assertThat(silent.why()).contains("No word of open weights");
        assertThat(checker.check(answer + " Customers who self-host the same weights get the same cache behaviour from the open server.",
                CheckContext.of(prompt("system-design"))).mistakes().stream()
                .filter(m -> m.id().equals("ignores-open-source")).findFirst().orElseThrow().flagged()).as("standing on self-hosting").isFalse();
    }

    @Test
    void marketingWorkTheQuestionAsksForIsNotRoleDrift() {
        String answer = """
                On launch day I tell the journalist exactly what we tested and what we found.
                The press briefing gives the journalist the uplift numbers, not reassurance.
                """;
        Prompt asksForPress = new Prompt("pm-test-press", Track.PM, "prioritization", "A test prompt",
                "Make the release call, and tell me how you answer a journalist on launch day.", 30, List.of(), List.of(), List.of(),
                List.of(), List.of(), "test");
        assertThat(checker.check(answer, CheckContext.of(asksForPress)).mistakes().stream()
                .filter(m -> m.id().equals("role-drift")).findFirst().orElseThrow().flagged()).isFalse();
        assertThat(checker.check(answer, CheckContext.of(prompt("prioritization"))).mistakes().stream()
                .filter(m -> m.id().equals("role-drift")).findFirst().orElseThrow().flagged()).as("unasked, it is a campaign").isTrue();
    }

    @Test
    void aCampaignThatTakesAThirdOfThePlanIsRoleDrift() {
        String answer = "Tensor parallelism splits each layer over 4 GPUs, so p95 latency drops to 180 ms. "
                + "Replicas instead add throughput: 3 replicas serve 1,200 requests per second. "
                + "KV cache per request is 2 GB at 32k context, which caps the batch at 12. "
                + "So I would ship replicas first and keep TP for the 70B model. "
                + "Then a launch webinar with our top creators and a press release on launch day. "
                + "We seed the hashtag with influencers and run a Product Hunt launch.";
        assertThat(finding(answer, Track.PM, "tradeoff", "role-drift").flagged()).isTrue();
    }

    @Test
    void aCampaignThatTakesAQuarterOfAPmAnswerIsRoleDrift() {
        // "roughly a quarter or more" of the answer in the other role's work: 3 campaign sentences beside 9 of design
        String design = "Tensor parallelism splits each layer over 4 GPUs, so p95 latency drops to 180 ms. "
                + "Replicas instead add throughput: 3 replicas serve 1,200 requests per second. "
                + "KV cache per request is 2 GB at 32k context, which caps the batch at 12. "
                + "Prefix caching keeps the system prompt's KV blocks for 10 minutes, so TTFT falls to 90 ms on a hit. "
                + "Rate limits are per key: 600 requests and 2M tokens per minute. "
                + "The scheduler gives batch jobs the idle GPUs at night and preempts them when live traffic rises. "
                + "Quantizing to FP8 halves the weights to 35 GB, so one node serves two replicas. "
                + "Errors mid-stream end with an error event, and a disconnect frees the KV cache at once. "
                + "So I would ship replicas first and keep tensor parallelism for the 70B model. ";
        String campaign = "Then a launch webinar with our top creators and a press release on launch day. "
                + "We seed the hashtag with influencers and run a Product Hunt launch. "
                + "A launch video with a customer story goes out on social the same week.";
        assertThat(finding(design + campaign, Track.PM, "system-design", "role-drift").flagged()).as("a quarter").isTrue();
        String twoOfEleven = design + campaign.substring(0, campaign.indexOf("A launch video"));
        assertThat(finding(twoOfEleven, Track.PM, "system-design", "role-drift").flagged()).as("under a quarter").isFalse();
        // a metric that trends down is no trend campaign
        assertThat(finding(twoOfEleven + "Support questions trending down each week is what we watch.",
                Track.PM, "system-design", "role-drift").flagged()).as("trending down").isFalse();
    }

    @Test
    void aProductSenseAnswerWithAThirdOfItACampaignIsRoleDriftToo() {
        // the same share of campaign work that makes a design answer drift makes a product-sense answer drift
        String answer = "The user is the platform engineer who wires our API into a support tool. "
                + "Her first need is a p95 latency under 800 ms on 4k-token prompts, because agents wait on every reply. "
                + "So v1 is streaming plus a batch endpoint at half price, since 60% of her traffic can wait an hour. "
                + "We measure weekly tokens served per team and the share of calls inside the latency budget. "
                + "Then a launch webinar with our top creators and a press release on launch day. "
                + "We seed the hashtag with influencers and run a Product Hunt launch.";
        assertThat(finding(answer, Track.PM, "product-sense", "role-drift").flagged()).isTrue();
        String oneLine = answer.substring(0, answer.indexOf("Then a launch")) + "A launch post on the blog says what shipped.";
        assertThat(finding(oneLine, Track.PM, "product-sense", "role-drift").flagged()).as("a line about the launch is not drift").isFalse();
    }

    @Test
    void aVerdictWithNoSubjectAndASectionThatParksItsItemsPushOffWhatTheyAreAbout() {
        String pricing = "We cut the list price to $0.40 per million tokens and add a 10% discount for cached input.\n\n"
                + "**Existing enterprise contracts.** Not for now; account managers can handle them at renewal.";
        assertThat(finding(pricing, Track.PMM, "pricing", "ignores-enterprise").flagged()).as("Not for now").isTrue();
        String met = pricing.replace("Not for now; account managers can handle them at renewal.", "They keep their price until renewal, with a 30-day notice.");
        assertThat(finding(met, Track.PMM, "pricing", "ignores-enterprise").flagged()).as("kept, with notice").isFalse();
        String design = "Jobs are JSONL files of up to 100,000 requests, scheduled into idle GPUs at night.\n\n## Audit and residency\n\n"
                + "Data residency, customer-managed keys and audit logs are reasonable asks, but they're premature for v1.";
        MistakeFinding parked = finding(design, Track.PM, "system-design", "ignores-enterprise");
        assertThat(parked.flagged()).as("a heading over parked asks").isTrue();
        assertThat(parked.why()).as("the heading does not meet the need its section parks").contains("met in 0");
        String shipped = design.replace("are reasonable asks, but they're premature for v1", "ship in v1, because the banks in the beta asked for them");
        assertThat(finding(shipped, Track.PM, "system-design", "ignores-enterprise").flagged()).as("a heading over shipped asks").isFalse();
    }

    @Test
    void theNeedsTheQuestionRaisesAreNotMadeUpForByOthers() {
        Prompt prompt = new Prompt("pmm-test-bank", Track.PMM, "battle-card", "A bank", "The bank's risk team needs data residency in the EU "
                + "and audit logs before it signs. Write the card.", 30, List.of(), List.of(), List.of(), List.of(), List.of(), "test");
        String others = "We give them a 99.9% uptime SLA and named support from day one. SSO and SCIM ship at launch. "
                + "Private deployment in their own VPC is an option. ";
        MistakeFinding handedOff = checker.check(others + "Data residency and audit logs are the account team's area, not mine.",
                CheckContext.of(prompt)).mistake("ignores-enterprise").orElseThrow();
        assertThat(handedOff.flagged()).as(handedOff.why()).isTrue();
        assertThat(handedOff.why()).as("says which of the question's needs were pushed off").containsIgnoringCase("data residency")
                .contains("the question raises").contains("2 of them");
        MistakeFinding met = checker.check(others + "Data residency in Frankfurt and audit logs kept for a year ship at launch.",
                CheckContext.of(prompt)).mistake("ignores-enterprise").orElseThrow();
        assertThat(met.flagged()).as(met.why()).isFalse();
    }

    @Test
    void aCueAfterVersusOrAProblemSolvedIsNoPushOff() {
        String card = "Our open weights let the bank run the model in its own data centre. ";
        assertThat(finding(card + "Our 99.9% SLA vs best effort on their self-serve tier.", Track.PMM, "battle-card", "ignores-enterprise").why())
                .as("the best effort is theirs").doesNotContain("pushed off");
        assertThat(finding("Their security team has a data-residency reason to stay in the EU, and a US-only API doesn't solve their problem.",
                Track.PMM, "battle-card", "ignores-enterprise").flagged()).as("their problem, solved, is not handed to them").isFalse();
    }

    @Test
    void aRequestThatOthersRaiseIsNotOurPlanNorIsItsHeading() {
        String design = "Adapters are LoRA files of 20 to 40 MB, hot-swapped per request, so one GPU serves 200 tenants at p95 under 300 ms. ";
        String asked = design + "Someone will ask whether we should publish the adapter format for people running our downloadable models themselves. "
                + "I wouldn't bother: they fork everything anyway.";
        assertThat(finding(asked, Track.PM, "system-design", "ignores-open-source").flagged()).as("asked by someone, waved off").isTrue();
        String ours = design + "We publish the adapter format for people running our downloadable models themselves.";
        assertThat(finding(ours, Track.PM, "system-design", "ignores-open-source").flagged()).as("our own plan").isFalse();
        String headed = design + "\n\n## Adapter download\n\nSome people will ask to download their adapter and run it on the open weights themselves. "
                + "Honestly that's a tiny slice, and not worth a sprint.";
        assertThat(finding(headed, Track.PM, "system-design", "ignores-open-source").flagged()).as("a heading over others' ask").isTrue();
        String shipped = design + "\n\n## Adapter download\n\nEvery tenant can download their adapter and run it on the open weights themselves.";
        assertThat(finding(shipped, Track.PM, "system-design", "ignores-open-source").flagged()).as("a heading over our plan").isFalse();
    }

    /** The vocabulary of the other role's work and of slogans, each against a case it must leave alone. */
    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PMM | launch-plan   | role-drift          | true  | Launch for banks. Ingestion splits their policies into chunks of 512 tokens with a 64-token overlap. Hybrid search: BM25 plus dense embeddings. A cross-encoder reranker keeps the top 8. LDAP groups map to RBAC roles. Sprints 1 to 3 build the connectors.
            PMM | launch-plan   | role-drift          | false | Launch for banks: lead with answers that cite their own policies, a battle card against the incumbent, and a demo script for the security architect. Fine-tuned LoRA adapters are theirs to keep.
            PM  | system-design | role-drift          | true  | Batch jobs run on idle GPUs at night. The bigger job is the sales kit and the talk tracks. Then an email sequence to every account, and we own the launch narrative.
            PM  | system-design | role-drift          | false | Batch jobs run on idle GPUs at night at half price, because the fleet sits at 35% utilisation, and partial failures are retried per request.
            PMM | launch-plan   | ignores-open-source | true  | Launch for banks: SOC 2, a DPA, private deployment, and a platform aligned with the open ecosystem.
            PMM | launch-plan   | ignores-open-source | false | Launch for banks: the weights are Apache 2.0, so the bank can run them in its own data centre, and the open ecosystem of fine-tunes comes with them.
            """)
    void theOtherRolesWorkAndSlogansInTheirOwnWords(Track track, String kind, String mistake, boolean flagged, String answer) {
        assertThat(finding(answer, track, kind, mistake).flagged()).as(answer).isEqualTo(flagged);
    }

    @Test
    void anObjectionQuotedFromPeopleIsTheirWordsNotOurs() {
        String quoted = "We give pinned customers 12 months' notice and a migration guide. "
                + "People sometimes say \"they can just self-host the old version, the weights are public\". Our customers pinned a version so they would not run anything.";
        assertThat(finding(quoted, Track.PM, "prioritization", "ignores-open-source").flagged()).as("someone else's objection").isTrue();
        String ours = "We give pinned customers 12 months' notice and a migration guide. They can also self-host the old version: the weights are public.";
        assertThat(finding(ours, Track.PM, "prioritization", "ignores-open-source").flagged()).as("our own words").isFalse();
    }

    @Test
    void openWeightsAsTheFrontOfABuzzwordCompoundAreNoClaim() {
        String salad = "Vectors are stored at scale with agentic continuity. All of it is enterprise-grade and open-weights-native, "
                + "a strategic differentiator for the agentic retrieval era.";
        assertThat(finding(salad, Track.PM, "system-design", "ignores-open-source").flagged()).as("open-weights-native").isTrue();
        String claim = salad.replace("open-weights-native", "built on open weights that customers can run on their own GPUs");
        assertThat(finding(claim, Track.PM, "system-design", "ignores-open-source").flagged()).isFalse();
    }

    @Test
    void aWordOfMarketingInAnotherSenseIsNoCampaignWork() {
        String answer = "I would hold the flagship weights back. A few hobbyists would write fan fiction with them. Fan fiction is what they would do with it.";
        assertThat(finding(answer, Track.PM, "prioritization", "role-drift").flagged()).isFalse();
        String senses = "A bigger pool enables longer prompts. Time to market is two sprints. Engineers are aware of the limit.";
        assertThat(finding(senses, Track.PM, "prioritization", "role-drift").flagged()).as("enables, market, aware").isFalse();
        String campaign = "I would hold the flagship weights back. We pay 40 fans to post clips. Our fans get early access before anyone else.";
        assertThat(finding(campaign, Track.PM, "prioritization", "role-drift").flagged()).as("fans as an audience").isTrue();
    }

    @Test
    void aPricingAnswerWithHypeAndOnlyTheQuestionsNumbersIsFluff() {
        Prompt pricing = new Prompt("pmm-test-pricing", Track.PMM, "pricing", "A test prompt",
                "A bank spends $35,000 a month on the API. Defend our price.", 30, List.of(), List.of(), List.of(), List.of(), List.of(), "test");
        String echo = "They spend $35,000 a month, and ours is simply the ultimate choice for a bank. Procurement gets a security review.";
        MistakeFinding fluff = checker.check(echo, CheckContext.of(pricing)).mistakes().stream()
                .filter(m -> m.id().equals("marketing-fluff")).findFirst().orElseThrow();
        assertThat(fluff.flagged()).isTrue();
        assertThat(fluff.why()).contains("not one figure");
        String worked = "At $0.40 per million tokens they pay $14,000 a month instead of $35,000, and ours is simply the ultimate choice.";
        assertThat(checker.check(worked, CheckContext.of(pricing)).mistakes().stream()
                .filter(m -> m.id().equals("marketing-fluff")).findFirst().orElseThrow().flagged()).isFalse();
    }

    @Test
    void headingsPushOffTheWholeListBelowThemButAPlanStepDoesNot() {
        String notYet = "We run hackathons and a free tier.\n\n## Not yet\n- tenant isolation\n- a deletion policy\n- EU residency\n- audit logs\n";
        assertThat(finding(notYet, Track.PMM, "launch-plan", "ignores-enterprise").flagged()).as("every bullet under 'Not yet'").isTrue();
        String runIn = "We run hackathons.\n\n**Enterprise (phase 2).** Provisioned throughput, SSO, latency SLAs and audit logs.\n";
        assertThat(finding(runIn, Track.PMM, "launch-plan", "ignores-enterprise").flagged()).as("a bold run-in heading").isTrue();
        String phased = "Phase 1 (weeks 1-2)\n- SOC 2 report and SSO for the pilot banks\n\nPhase 2 (weeks 3-8)\n- audit logs and EU residency\n";
        assertThat(finding(phased, Track.PMM, "launch-plan", "ignores-enterprise").flagged()).as("a plan's steps are not deferrals").isFalse();
        String card = "AZURE AI BATTLECARD: KEY MESSAGES\n- Microsoft 365 is the incumbent\n- Our open weights run in your own VPC under Apache 2.0\n";
        assertThat(finding(card, Track.PMM, "battle-card", "ignores-open-source").flagged()).as("our card against them is not about them").isFalse();
        assertThat(finding("We run hackathons. Big customers will want SSO, SCIM and audit logs. None of that is v1.", Track.PMM, "launch-plan",
                "ignores-enterprise").flagged()).isTrue();
        assertThat(finding("We run hackathons. Their security teams will want a VPC, SOC 2 and data-use terms. I'd hold those for a second phase.",
                Track.PMM, "launch-plan", "ignores-enterprise").flagged()).isTrue();
    }

    @Test
    void aHeadingWithNothingUnderItAnnouncesWhatItNamesButDoesNotSayIt() {
        String empty = "## Pricing\nInput $0.40 and output $1.20 per million tokens, set from our GPU-hour cost.\n\n"
                + "## Enterprise contracts\n\n## Open weights\nAnyone can run the published weights on rented GPUs, so that cost caps our price.\n";
        assertThat(finding(empty, Track.PMM, "pricing", "ignores-enterprise").flagged()).as("an empty section is no claim").isTrue();
        String filled = empty.replace("## Enterprise contracts\n\n", "## Enterprise contracts\nSigned customers keep their rate for 12 months, with an SLA.\n\n");
        assertThat(finding(filled, Track.PMM, "pricing", "ignores-enterprise").flagged()).isFalse();
        String nested = "## Enterprise\n### Security\nSSO, audit logs and a DPA from day one.\n";
        assertThat(finding(nested, Track.PMM, "launch-plan", "ignores-enterprise").flagged()).as("a heading over a sub-heading has a body").isFalse();
        String stars = "BATTLE CARD\n\u2605 Open weights = freedom\n\u2605 Enterprise-grade: SLA, SOC 2, privacy\n";
        assertThat(finding(stars, Track.PMM, "battle-card", "ignores-enterprise").flagged()).as("star lines are bullets, not headings").isFalse();
        String labels = "**Segments:** banks and insurers\n\n**Packaging:** SSO, audit logs, a 99.9% SLA\n\n**Open weights:**\n\n**Next steps:** launch\n";
        assertThat(finding(labels, Track.PMM, "launch-plan", "ignores-open-source").flagged()).as("a label with nothing after its colon").isTrue();
        String said = labels.replace("**Open weights:**\n", "**Open weights:** the same Apache 2.0 models stay on Hugging Face\n");
        assertThat(finding(said, Track.PMM, "launch-plan", "ignores-open-source").flagged()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PM  | system-design  | We stream tokens over SSE. Legal will ask whether their documents are stored in our logs. Good question, and I'd route it to our legal and security team.
            PMM | exec-explainer | We publish the weights. You will want transition help if we are acquired, notice periods and data return. Those matter, and I'd suggest we pick them up with your legal team after signing.
            PM  | system-design  | Audit logs of every tool call and version pinning: all needed, but that's the platform and compliance folks' area.
            PM  | system-design  | We ship strict JSON mode. Dedicated deployments with bigger limits? That's a sales conversation.
            PMM | launch-plan    | We run hackathons. SOC 2, SLAs, private deployment: that's the enterprise sales team's stuff, not really part of a Small 2 launch, they'll handle it.
            PMM | battle-card    | Lead with Apache 2.0. If their lawyers ask about indemnities, that goes to our legal team; it's not something the card should get into.
            PM  | system-design  | Batch runs overnight. The buyers' needs are real: a contractual SLA, EU residency for the files and an audit trail. I'd keep all three out of the first release.
            PM  | prioritization | Adapters ship in week one. Tenant isolation, EU residency and audit logs: all sensible, all phase three.
            PMM | launch-plan    | We launch on the new model and committed-spend pricing, and add SSO, audit logs and private deployment as they land.
            PMM | pricing        | Price per GPU, published. Uptime commitments, an SLA and an indemnity: the deal desk and legal can work out what to offer.
            PMM | exec-explainer | The model outlives us. Change-of-control wording and notice periods: let's not hold up signature for those.
            PM  | prioritization | Ship streaming first. EU residency, SSO and audit logs could follow next quarter, when the developers are in.
            PMM | battle-card    | Lead with the price per task. GDPR terms, EU residency, SOC 2 and the SLA: this whole block I would not put on the card.
            PM  | prioritization | Free the 180 GPUs. Contracts and SLAs of the pinned accounts: account management and legal need to work out what was promised.
            PM  | system-design  | Effort levels ship first. Large accounts will want org-wide spend limits and invoices split by team. Those come after GA.
            PM  | prioritization | The old version goes in four weeks. Their procurement will raise the SLA and the contract terms. Realistically, we can't resolve those before the switch-off.
            PMM | pricing        | Price per node, published. Patches, a support SLA and an indemnity come as add-ons: I'd leave those until next year when we know which licensees ask.
            PMM | launch-plan    | We sell adapters you keep. Retention of training files and a DPA: honestly, legal and the security team should own those answers.
            PMM | launch-plan    | Volume discounts from 10%. SSO, audit logs and a VPC option: the platform teams own those. Security questionnaires go to legal.
            PMM | launch-plan    | We publish the weights on day one. Large buyers are going to ask about SOC 2 for the new model and an uptime SLA.
            PMM | launch-plan    | Lead with latency. Buyers' security people will want a VPC option, data-use terms and SOC 2. We shouldn't try to answer all of that in the first quarter.
            PMM | pricing        | Launch at $0.70 per million. Enterprise contracts signed at the old price: we'll handle those at the next renewal.
            """)
    void needsHandedToSomeoneElseArePushedOffWithTheSentenceTheyPointBackTo(Track track, String kind, String answer) {
        assertThat(finding(answer, track, kind, "ignores-enterprise").flagged()).as(answer).isTrue();
    }

    @Test
    void aLongLeadInGovernsItsListButAPointerAfterAListOrATargetedTierHandsNothingOff() {
        String held = "We run hackathons.\n\n**Held back until the mode has proven itself in production:**\n- an SLA on compile time\n"
                + "- a DPA addendum\n- an audit log of schema changes\n";
        assertThat(finding(held, Track.PM, "system-design", "ignores-enterprise").flagged()).as("a long lead-in on its own line").isTrue();
        // a numbered item over a dashed list heads that list
        String numbered = "1. the job file, one JSON line per request\n2. parked for v2\n- EU data residency for the files\n"
                + "- an audit log of who ran which job\n- an SLA on the 24-hour window\n";
        assertThat(finding(numbered, Track.PM, "system-design", "ignores-enterprise").flagged()).as(numbered).isTrue();
        String shipped = numbered.replace("parked for v2", "in v1");
        assertThat(finding(shipped, Track.PM, "system-design", "ignores-enterprise").flagged()).as(shipped).isFalse();
        // what the buyer loses with the alternative criticises it: the needs are engaged, not refused
        String diy = "Card vs self-hosted Llama.\nWhat they lose by going DIY:\n- No SLA when the cluster falls over\n"
                + "- No security patches on a schedule\n- No SOC 2 report for their auditors\n";
        assertThat(finding(diy, Track.PMM, "battle-card", "ignores-enterprise").flagged()).as(diy).isFalse();
        String without = "Our API is cheaper. What they'd lose without a vendor: an SLA, security patches and an indemnity.";
        assertThat(finding(without, Track.PMM, "battle-card", "ignores-enterprise").flagged()).as(without).isFalse();
        // naming who a tier is for is no hand-off
        String target = "The enterprise tier. This is for the security teams at banks: SSO, audit logs and a DPA from day one.";
        assertThat(finding(target, Track.PMM, "launch-plan", "ignores-enterprise").flagged()).as(target).isFalse();
        // the pointer stands for the list its own sentence has just given, not for the sentence before
        String ownList = "Banks get a VPC and SSO. Every deal has a 99.9% SLA with credits. As for EU residency and retention, that's for their own IT team to work through.";
        assertThat(finding(ownList, Track.PM, "system-design", "ignores-enterprise").flagged()).isFalse();
    }

    @Test
    void closedMovesInCandidatesWordsCloseTheModelDown() {
        String[] closed = {
            "Segments: fintech first. We stop publishing the flagship's weights, so if you want the best model, you sign.",
            "Retention: the SDK should make leaving expensive, so big startups do not self-host when the bill grows.",
            "My call: the flagship stays on the API, permanently, and the community gets a smaller open model.",
            "Self-hosting is a science-fair project for a company their size; sign the contract instead.",
            "Folks running the open weights on their own boxes are mostly hobbyists; we won't bother with the self-hosted format.",
            "Open weights are great for hackathons; a bank gets the managed API and nothing else.",
            "Technically the weights are downloadable, but open weights is more a thing for hobby developers and universities.",
            "Good function calling is a reason to pay us, so I'd keep the trained format proprietary to the hosted API.",
            "The weights ship inside our container, so neither customer can lift the model out and run it on another stack.",
            // copy protection and a licence that switches the model off
            "The small models stay on Hugging Face. The appliance keeps the big one sealed: it cannot be copied to other hardware, and the licence key expires each quarter.",
            "We love open source. For the on-prem edition the weights are not published; buyers get a signed bundle that only runs through our server.",
            "Open weights are fine for grad students playing around; a ministry buys the appliance.",
            "The weights are on Hugging Face. Each plugin a team wires into our console is a reason not to switch, so our plugins shouldn't be portable.",
            "Today's weights are public. For the next generation I'd keep the weights API-only for the first year.",
            // keeping the open option from the customer, and sneers in other words
            "The old weights are on Hugging Face. On the renewal call we won't mention that they could run it themselves.",
            "Releasing weights under Apache 2.0 is a gift to competitors. If anything, we should keep the next flagship's weights to ourselves.",
            "Open weights are a nice science kit for students; the bank signs for the managed API.",
            // keeping quiet about the open licence, weights that only decrypt with our key, a sneer as a predicate
            "The small models are Apache 2.0, but I wouldn't lead with that: if the insurer knew it could self-host them, the deal would shrink.",
            "We love open source. Each model in the on-prem bundle is shipped encrypted and only decrypts with a key we reissue every year.",
            "The retired version's weights stay on Hugging Face. Self-hosting them is an amateur fix that no bank wants.",
            "Downloadable checkpoints are fine for bedroom hackers. The card's job is to get buyers away from self-hosting and onto the API.",
            "No bank with an audit committee should ever run a checkpoint it downloaded; it signs for the managed API.",
            "Our weights are on Hugging Face. The fine-tuning console is where we keep the customer sticky: adapters trained there only load on our API.",
        };
        for (String answer : closed) {
            assertThat(finding(answer, Track.PMM, "launch-plan", "ignores-open-source").flagged()).as(answer).isTrue();
        }
        assertThat(finding("Our customers have low switching costs.", Track.PMM, "battle-card", "ignores-open-source").flagged())
                .as("one description of lock-in is not a stand").isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            pricing        | Keep the open weights published under Apache 2.0. Closing them so our API price can't be undercut by self-hosting would cost us the community; adapters swap without re-downloading the base.
            battle-card    | Single-vendor lock-in is the cost of switching: in 2023 one provider changed its usage policy overnight. Every prompt and eval gets tuned to one vendor, and the switching costs grow each quarter.
            battle-card    | Our weights run in your VPC under Apache 2.0. On the call we don't say "AgentCore locks you in"; we show the exit.
            launch-plan    | Released under Apache 2.0 with public weights, the small model sheds the documentation duties; the flagship gets no open-source carve-out.
            battle-card    | Our model's weights are published. The prospect can call our API today, move to another host or their own servers later, and fine-tune a version they keep.
            pricing        | Stay on the API for year one while two of your engineers run the open weights on your own GPUs in a shadow deployment.
            battle-card    | With open weights under Apache 2.0 the bank can keep control of the model and lift it out to another host when it likes.
            pricing        | With Apache 2.0 weights a bank can keep running the model after it stops paying us, which settles the procurement team's lock-in question in one line.
            pricing        | Price the commercial licence per GPU and publish it. Make it feel like a trap and developers will stop downloading our research models within a quarter.
            pricing        | Running our Apache 2.0 weights yourself beats a managed API only at sustained, heavy volume; below that, the API is cheaper.
            exec-explainer | Open weights can be downloaded and inspected, which sets them apart from closed, API-only models such as GPT-4o, where users never touch the parameters.
            pricing        | We could keep the reasoning model's weights to ourselves so self-hosting can't undercut the API. I'd reject that: the Apache 2.0 release caps our price, and that is healthy.
            launch-plan    | Look how close the flagship sits to the compute threshold; legal reviewed it twice, and it still ships under Apache 2.0 with public weights.
            pricing        | Self-hosting only pays back above two billion tokens a month; below that, calling the API costs less than running the open weights.
            launch-plan    | Option two, the big model API-only and a small one open: simpler, but it throws away the trust of everyone who fine-tunes our Apache 2.0 weights.
            pricing        | Are your records under a residency rule? Then stop there and plan to self-host.
            pricing        | No usage bills: free to use once downloaded.
            pricing        | There is no doubt a bank can self-host the weights.
            pricing        | With no contract in place they can still self-host the weights.
            pricing        | A board member wants us to stop publishing the small weights so that no one sets our API price against self-hosting. I'd push back hard: the Apache 2.0 weights are why banks trust us.
            battle-card    | A weights licence says what a bank may and may not do with the checkpoints it has downloaded.
            """)
    void wordsOfClosednessThatCloseNothingDown(String kind, String answer) {
        // the agent of a negated verb, a user's download, a page about the closed alternative, a quotation, an exemption, a buyer's option, advice
        assertThat(finding(answer, Track.PMM, kind, "ignores-open-source").flagged()).as(answer).isFalse();
    }

    @Test
    void weightsInMemoryMathsAreNoOpenWeightsContext() {
        String maths = "At 4.5 bits per weight the 3B model is 1.7 GB. Decoding reads all the weights once per token, so 60 GB/s gives 35 tokens a second.";
        assertThat(finding(maths, Track.PM, "prioritization", "ignores-open-source").flagged()).isTrue();
        String open = "The 3B weights ship under Apache 2.0, so app developers bundle them. Each token reads all the weights once, about 35 tokens a second.";
        assertThat(finding(open, Track.PM, "prioritization", "ignores-open-source").flagged()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PM  | prioritization | true  | Gemma's edge models are Apache 2.0, so Android developers can drop them in for free. Our plan: a 3B model in our SDK, a paid key above 10,000 installs, and cloud fallback to our API.
            PMM | battle-card    | false | Meta has released Llama 3 as open weights. Anyone can download the 8B and 70B models and run them on their own servers under its community licence.
            PMM | pricing        | false | Cheaper than closed APIs over three years, and the weights stay Apache 2.0 whatever happens to the contract.
            PMM | battle-card    | false | First rule for the rep: we never bash open weights. We publish ours under Apache 2.0, so they can self-host us.
            """)
    void aRivalsOpenWeightsAreNotOursUnlessTheTextIsAReportOnThem(Track track, String kind, boolean flagged, String answer) {
        // only Google's licence; a news item on a rival's release; a rival only compared with; not bashing them stands on them
        assertThat(finding(answer, track, kind, "ignores-open-source").flagged()).as(answer).isEqualTo(flagged);
    }

    @Test
    void theCellsUnderACompetitorsColumnDescribeThem() {
        String card = """
                | | Ours | Bedrock |
                |---|---|---|
                | Weights | Apache 2.0, download them | Hosted only, not downloadable |
                | Fine-tunes | Yours to keep and self-host | Stay on their platform, only through the API |
                """;
        assertThat(finding(card, Track.PMM, "battle-card", "ignores-open-source").flagged()).isFalse();
        String ours = card.replace("| | Ours | Bedrock |", "| | Plan A | Plan B |");
        assertThat(finding(ours, Track.PMM, "battle-card", "ignores-open-source").flagged()).as("columns of our own plans").isTrue();
    }

    @Test
    void wordsShoutedWithExclamationMarksAreHypeWhereFiguresShouldStand() {
        String shouted = "Pricing framework\n- Thinking = value!!\n- Reasoning deserves a value-aligned price\n- Don't match price, hold the line!\n";
        MistakeFinding fluff = finding(shouted, Track.PMM, "pricing", "marketing-fluff");
        assertThat(fluff.flagged()).isTrue();
        assertThat(fluff.why()).contains("value!!");
        String worked = "Reasoning runs 5 to 20 times the output tokens, so at $1.20 per million a task costs $0.02 to $0.10. Great news!";
        assertThat(finding(worked, Track.PMM, "pricing", "marketing-fluff").flagged()).as("one cheer beside worked figures").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            AI assistants are now indispensable: a quantum leap that turned automation into a question of competitive survival. Companies without them face threats to their very existence in an arms race. | true
            Renting an endpoint means the vendor decides when your version is retired. That last point quietly reshapes the relationship: with the weights in your own infrastructure, you pin the version and negotiate from strength. | false
            "# Microsoft unveils its newest generation of AI models\\n\\nThe next-generation models are redefining machine learning, a revolutionary leap that is simply the ultimate choice for every business." | true
            Measuring the return on AI is the holy grail of digital transformation. Without it, leaders are flying blind; with it, analysts get superpowers. | true
            You are not buying a licence, you are joining a movement. The platform pays for itself and your team can stop worrying about vendors. History shows openness wins; it is a win-win. | true
            We would turn the price talk into a partnership. The other vendor sells tokens; we are a strategic partner in their innovation, and that is value beyond the invoice. | true
            The new assistant is remarkably good at answering customers. It gives every store a competitive edge, and leaders who wait hand rivals a competitive advantage. | true
            Risks of a single vendor: an outage stops your pipelines; innovation stagnation, because moving to a better model gets too hard; and leaks when sensitive data goes to outside APIs. | false
            Our pricing is a flywheel of optionality. The margin stays market-aware and premium-justified, with leverage up. | true
            The buyer has two options on the table. The options differ in who runs the servers and who signs the support contract. | false
            Generative AI is no longer a fad. Data is the new oil, and this is the greatest shift since the printing press: companies must evolve or be left behind. | true
            The frontier model we compare against costs $15 per million output tokens; ours costs $2, and a 7B model fits on one 24 GB GPU, so the next frontier model release does not change the sums. | false
            """)
    void pagesReadAsBattleCardsAreFluffWhereHypeStandsForFigures(String page, boolean fluff) {
        // a title about a rival names the page's subject: the hype under it is still the page's own (the third row)
        String text = page.replace("\\n", "\n");
        assertThat(finding(text, Track.PMM, "battle-card", "marketing-fluff").flagged()).as(text).isEqualTo(fluff);
    }

    @Test
    void aTrialOnTheBuyersOwnTasksIsAnEnterpriseNeedMetButEvalsForEveryoneAreNot() {
        String trial = "We publish the clean score of 82.75% with its interval. Every prospect that compares models gets an offer to run "
                + "the model on a sample of their own documents before they sign.";
        assertThat(finding(trial, Track.PM, "prioritization", "ignores-enterprise").flagged()).isFalse();
        String community = "We publish the clean score of 82.75% with its interval. People should run evals on their own tasks, and the "
                + "eval code is on GitHub.";
        assertThat(finding(community, Track.PM, "prioritization", "ignores-enterprise").flagged()).isTrue();
    }

    @Test
    void namingTheBuyingProcessOnceIsNotMeetingAnEnterpriseNeed() {
        String gallery = "We seed a gallery of reference agents: procurement, support triage and code review. Success is 5k GitHub stars.";
        assertThat(finding(gallery, Track.PM, "system-design", "ignores-enterprise").flagged()).isTrue();
        String controls = "Keep per-token pricing. For the CFO: monthly spend caps per team with alerts at 80%, and a committed-spend plan with a "
                + "predictable invoice.";
        assertThat(finding(controls, Track.PMM, "pricing", "ignores-enterprise").flagged()).as("a finance team's spend controls").isFalse();
        String later = "The bigger accounts will ask for budget caps per org and alerts. Honestly, that's a v2 list.";
        assertThat(finding(later, Track.PM, "system-design", "ignores-enterprise").flagged()).as("a filler before the pointer").isTrue();
        String met = "Procurement gets our SOC 2 report and DPA in the first call. Security reviews go faster with a filled-in questionnaire.";
        assertThat(finding(met, Track.PMM, "launch-plan", "ignores-enterprise").flagged()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PMM | pricing        | false | The choice turns on security. Run it yourself only when the records cannot go outside the country under a regulatory rule.
            PM  | system-design  | true  | Pin versions by date. Their risk team will say: "We need a signed SLA and 90 days' notice before any model change, it's in our regulator's rules." Fair, and they will.
            PMM | battle-card    | false | On the call our security team will say: "Your data stays in your VPC, and we sign the DPA in week one."
            PM  | system-design  | false | Their risk team will say: "We need a signed SLA." We give them one: 99.9% uptime with service credits.
            PMM | launch-plan    | false | We lead with fill-in-the-middle. For the risk officers: the source never has to leave their network.
            PMM | pricing        | false | Self-hosting wins above 2 billion tokens a month, and it keeps strict control of your data through private inference.
            PMM | exec-explainer | false | Open weights cost no licence fee. Not free: the GPUs, the people, enterprise support and an SLA.
            PM  | prioritization | false | Sales offers to run the model on the customer's own eval set, inside their own environment if they prefer.
            PMM | exec-explainer | false | Compliance decides where it runs. This guide is for teams, whether or not they are regulated, that must prove what a model did.
            PM  | system-design  | false | Regulated banks get versions pinned in the contract and a VPC deployment if they want one. We never get to use a switch-off date to force an upgrade, and that is why they sign.
            PMM | launch-plan    | false | Ministries buy through integrators. They will ask for a GDPR impact assessment and an accreditation file, so both must be ready before the first pilot.
            PMM | battle-card    | true  | Our agents answer in seconds, cutting response times for every shopper. When a caller gets no answer, they do not leave a message; they call someone else.
            PMM | battle-card    | false | Prompts and files never leave your network: the model runs on your own racks.
            PM  | system-design  | true  | Expert parallelism across eight GPUs. All 141B parameters stay resident in HBM, which is 282 GB at 16-bit.
            PM  | system-design  | false | Audit logs stay EU-resident for seven years, behind the customer's own keys.
            PM  | system-design  | true  | Utilisation is low because the pinned accounts are not sending much. We don't sell models, we sell outcomes.
            PMM | exec-explainer | false | Claims files are never stored or shared outside the bank's own data centre.
            PMM | exec-explainer | false | The model runs on your servers, so nothing has to be sent to an outside AI company.
            """)
    void enterpriseNeedsMetOrOnlyAskedInPlainWords(Track track, String kind, boolean flagged, String answer) {
        // a negation of where data goes does not push the need off; a buyer's ask in their own quoted words, unanswered, meets
        // nothing, our own talk track in quotation marks and an answered ask do; data that need not leave their network, control of
        // your data, "Not free:" naming what is paid for, their own environment, and "whether or not" negate nothing; a refusal
        // after "and that" points at nothing before it; a buyer's ask answered in its own sentence meets the need; response times and
        // what a caller does not leave are no enterprise need, nor are parameters resident in memory; data not sent, stored or
        // shared is an assurance, traffic not sent and models not sold are not
        assertThat(finding(answer, track, kind, "ignores-enterprise").flagged()).as(answer).isEqualTo(flagged);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PM  | system-design  | ignores-open-source | true  | The weights are on Hugging Face today. For the on-device build I'd distribute it only through our SDK, with a key check at first launch.
            PM  | system-design  | ignores-open-source | false | We distribute the SDK through npm and PyPI; the weights stay on Hugging Face under Apache 2.0.
            PM  | prioritization | ignores-open-source | true  | The smaller model goes out openly as usual. Because the risk is close to our line, the full weights are only available to vetted organisations under contract.
            PM  | prioritization | ignores-open-source | false | Early-access API keys are only available to vetted organisations; the weights go to Hugging Face under Apache 2.0 on launch day.
            PM  | system-design  | ignores-open-source | true  | Some people will say developers who outgrow the limits can just download the weights. Open weights are a nice PR line, but nobody running a real business wants to rent GPUs.
            PM  | system-design  | ignores-open-source | false | Open weights are our best sales line: a bank can download them and run them in its own VPC.
            PM  | system-design  | ignores-open-source | true  | Batch results are always downloadable as JSONL, even for a job that expires at 24 hours.
            PM  | system-design  | ignores-open-source | false | The model is downloadable from Hugging Face, so teams can run the same batch jobs on their own GPUs.
            PM  | prioritization | ignores-enterprise  | true  | We ship the batch API in Q1. Legal and the policy team own the AI Act work end to end.
            PM  | prioritization | ignores-enterprise  | false | We ship the batch API in Q1. The policy team and I ship the AI Act documentation in March, and enterprise customers get it with their contract.
            PM  | system-design  | ignores-enterprise  | true  | The job API is solid. Things like how long uploaded files are retained, EU residency and audit of who ran what: those are security and legal decisions.
            PM  | system-design  | ignores-enterprise  | false | The job API is solid. Uploaded files are retained for 30 days, EU residency is a region flag, and audit logs record who ran what.
            PMM | positioning    | ignores-enterprise  | true  | We lead with the new frame. The 40 open deals will have questions about security review, SLAs and private deployment. We'll get to those next quarter.
            PMM | positioning    | ignores-enterprise  | false | We lead with the new frame. The 40 open deals will have questions about security review, SLAs and private deployment, so the security pack ships with the launch.
            PM  | system-design  | ignores-enterprise  | false | Customers choose the region where files are processed and stored, and it stays there. They can use their own encryption keys.
            PM  | system-design  | ignores-enterprise  | true  | Developers choose the region closest to them for lower latency, and bring their own API keys for the tools the agent calls.
            PMM | negotiation    | ignores-enterprise  | false | The lock becomes a ceiling with a most-favoured-nation clause, and an annual officer's certificate instead of audit rights.
            PM  | prioritization | ignores-enterprise  | false | We tie the self-hosted deployments we can see to paid support, with a named engineer for the top ten.
            """)
    void closedChannelsSneersOtherSensesHandOffsAndPlainEnterpriseTerms(Track track, String kind, String mistake, boolean flagged, String answer) {
        // a build distributed only through our SDK and full weights only for vetted organisations close the model down, early API
        // keys for them do not; "a nice PR line, but" sneers at open weights; results that are downloadable are not the model;
        // another team that owns the work end to end, or "those are security and legal decisions" after the list, hand the needs
        // off, a team that ships it does not; the deals' questions pushed off are not met, answered they are; where files are
        // processed and stored and the customer's own keys are residency and keys, the nearest region and API keys are not; an MFN
        // clause, audit rights and paid support are contract and support terms
        assertThat(finding(answer, track, kind, mistake).flagged()).as(answer).isEqualTo(flagged);
    }

    @Test
    void answersToOnePromptCheckedOnManyThreadsAtOnceGetTheFeedbackOfOneAtATime() throws Exception {
        // the background re-check and the answer screen check against the same prompt's terms at once
        Prompt press = new Prompt("pm-test-threads", Track.PM, "prioritization", "A test prompt",
                "Make the release call for the open weights, and tell me how you answer a journalist on launch day.", 30, List.of(), List.of(),
                List.of(), List.of(), List.of(), "test");
        List<String> answers = List.of("On launch day I tell the journalist what we tested. SOC 2 can wait.",
                "We keep the weights private; the journalist gets a blog post.", "Banks get a VPC, SSO and a 99.9% SLA; the weights stay Apache 2.0.");
        RubricChecker fresh = new RubricChecker(RubricReader.bundled());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                String a = answers.get(i % answers.size());
                futures.add(pool.submit(() -> FeedbackJson.write(fresh.check(a, CheckContext.of(press)))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(FeedbackJson.write(checker.check(answers.get(i % answers.size()), CheckContext.of(press))));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
