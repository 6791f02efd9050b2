#pragma once
// The fixed cast of the mock contact centre: queues, agents, supervisors,
// customers and the texts they write. Names are deliberately international
// (accents, CJK, Cyrillic, Arabic) so the client's Unicode handling is exercised.

#include <array>
#include <string_view>

namespace cs::mock::catalog {

using S = std::string_view;

enum Channel { Voice, Rtm, Email, Campaign, AgentAssist, WhatsApp, Sms, ChannelCount };
inline constexpr std::array<S, ChannelCount> kChannelNames = {
    "voice", "rtm", "email", "campaign", "agentassist", "whatsapp", "sms"};
// Share of calls per channel, in percent-ish weights.
inline constexpr std::array<int, ChannelCount> kChannelWeights = {34, 24, 8, 10, 10, 9, 5};

enum Direction { NoDirection, Inbound, Outbound };
inline constexpr std::array<S, 3> kDirectionNames = {"", "Inbound", "Outbound"};

struct Queue { S id; S name; };
inline constexpr std::array<Queue, 9> kQueues = {{
    {"qu-a4c123b1-612d-d272-d137-1c17149d4395", "Default Queue"},
    {"qu-36b3216f-daee-b975-729f-ae923d5a4fd1", "Billing"},
    {"qu-2aabfe22-8f21-9e9c-b0eb-53f16947ccf2", "Technical Support"},
    {"qu-5ec84d8d-bc74-2547-70f5-8904dba41ecc", "Soporte Español"},
    {"qu-cc3fc162-6e53-a130-43b0-26c48bbf33fe", "Kundenservice Zürich"},
    {"qu-ff9243a8-f506-b409-28b5-b7a767c76fb0", "Residential – Sales"},
    {"qu-08f86beb-b273-7f6a-6f0f-b23c6f5da2ce", "Retention, Cancellations & Win-back"},
    {"qu-c255404e-4fb4-4003-4d66-08697a8d41be", "VIP Care ★"},
    {"qu-d440e504-54f3-1af3-1768-13e02ea68ef7", "カスタマーサポート東京"},
}};
inline constexpr std::array<int, 9> kQueueWeights = {22, 16, 18, 9, 7, 10, 6, 5, 7};

struct Person { S id; S name; S email; };
inline constexpr std::array<Person, 24> kAgents = {{
    {"u-d6ba2b0a-ee0c-a923-7328-81584d8c4fa2", "John Steve", "john.steve@example.com"},
    {"u-815d2802-8272-83e0-ad84-173581569969", "Zoë Ångström", "zoe.angstrom@example.com"},
    {"u-e58b0810-06f7-e3df-c967-a64cb14028d5", "李娜", "li.na@example.com"},
    {"u-12c9791e-558e-08ba-a719-6b50ac2f8670", "José Núñez", "jose.nunez@example.com"},
    {"u-2824c1c0-9972-4caf-4941-d4072014b3ce", "Priya Raghunathan", "priya.r@example.com"},
    {"u-107f80e2-22f8-2876-7efc-2f91624a8940", "Jürgen Müller", "juergen.mueller@example.com"},
    {"u-f1f836f9-9eee-3692-f09e-2e8c662248b4", "Aoife O'Sullivan", "aoife.osullivan@example.com"},
    {"u-83b7ffc0-50fe-c94d-bca3-a0aac36098b2", "Małgorzata Wiśniewska", "m.wisniewska@example.com"},
    {"u-cc2bd818-3194-78da-6bd0-c621de49f145", "Søren Kierkegaard", "soren.k@example.com"},
    {"u-fda9988c-79fc-3552-6f7e-aed46725a2a7", "Анна Иванова", "anna.ivanova@example.com"},
    {"u-b860dcd6-c8a1-f8b4-6287-cced9041dff0", "محمد العلي", "m.alali@example.com"},
    {"u-2cee7374-43e2-1047-1948-d33296c87009", "Nguyễn Thị Hoa", "hoa.nguyen@example.com"},
    {"u-e8a7f770-d910-6fd2-87db-7f1adbc60926", "佐藤 健", "ken.sato@example.com"},
    {"u-f6967e78-93f5-7fd1-4c16-04d115cea325", "Camille Lefèvre", "camille.lefevre@example.com"},
    {"u-a65e19cb-ae53-0282-bd36-cb9d21f6be6a", "Oluwaseun Adébáyọ̀", "seun.adebayo@example.com"},
    {"u-bf0d7c1c-1e21-862a-b8a1-8a8902073fec", "Mary-Kate \"MK\" Jones", "mk.jones@example.com"},
    {"u-8df4f509-47aa-eb26-c57d-21fa5d328263", "Björn Þórsson", "bjorn.thorsson@example.com"},
    {"u-dfe574de-7399-88b8-86e7-577496a2c877", "Gabriel García, Jr.", "gabriel.garcia@example.com"},
    {"u-3e130f7e-b197-3166-2b5e-803b61ba4168", "김민준", "minjun.kim@example.com"},
    {"u-160adb59-261f-f2d3-c425-c8d99d19bdd0", "Fatima Zahra El Amrani", "f.elamrani@example.com"},
    {"u-b6cc60d5-d32c-be54-014c-2b54b95523cf", "Chloé Dubois", "chloe.dubois@example.com"},
    {"u-6941fa1c-257c-6f56-1c5c-b347611a3ce9", "Ravi Shankar", "ravi.shankar@example.com"},
    {"u-d97dcbee-500f-e7ee-5fc3-24bdb2e1142a", "Élodie Brontë", "elodie.bronte@example.com"},
    {"u-21c40236-4f95-72b8-5a8e-48f687ab165c", "Tomás Ó Briain", "tomas.obriain@example.com"},
}};
inline constexpr std::array<Person, 2> kSupervisors = {{
    {"u-58ac5831-be38-cb8c-b4ba-2e751989a017", "Supervisor Sánchez", "sup.sanchez@example.com"},
    {"u-49ddb14f-7101-0b93-b7d9-46bf54074e32", "Helga Schönberg", "helga.schoenberg@example.com"},
}};

inline constexpr S kOrgId = "o-48c801be-f750-110c-5751-3064d6d59291";
inline constexpr S kBotId = "st-f0cde2e5-7387-13a8-18d8-962058765a6c";
inline constexpr std::array<S, 2> kAutomationBots = {
    "st-a7cff00d-796c-2541-0335-b400141212b6", "st-2c376631-129f-3436-9aad-80b891baf90d"};

inline constexpr std::array<S, 14> kFirstNames = {
    "Peter", "Renée", "Łukasz", "Ana", "Mei", "Oğuz", "Siobhán", "", "Dmitri", "Noor", "Héloïse", "Kwame", "Yuki", "Lars"};
inline constexpr std::array<S, 12> kLastNames = {
    "MIller", "Dubois", "Kowalski", "da Silva", "王", "Yılmaz", "Ní Bhriain", "", "Смирнов", "Haddad", "Åberg", "Mensah"};

struct Disposition { S code; S remark; };
inline constexpr std::array<Disposition, 10> kDispositions = {{
    {"Resolved", "Customer confirmed the issue is fixed."},
    {"Requires Supervisor Attention", "The customer initiated a conversation with the agent, who responded with greetings. "
                                      "The conversation was brief and did not involve any specific issues or requests."},
    {"DROP-OFF", "-"},
    {"Billing Dispute", "Customer disputes the March invoice, \"roaming charges\" of €42,50; credit issued."},
    {"Callback Scheduled", "Customer asked to be called back tomorrow, 9–11am."},
    {"ESCALATED", "CUSTOMER needs help with Products and Sales. AGENT will connect her with an agent."},
    {"Sale Completed", "Upgraded to the Premium plan; confirmation e-mail sent."},
    {"Information Provided", "Explained opening hours and the returns policy."},
    {"Technical Issue", "Router reset walked through;\nline test passed."},
    {"Cancellation Request", "Customer wants to cancel; retention offer declined."},
}};

// Agent notes: multi-line, with quotes and commas, as agents really type them.
inline constexpr std::array<S, 8> kAgentNotes = {
    "Customer said \"the bill is wrong\", asked for a refund.\nEscalated to billing, ticket #4411.",
    "Verified identity (DOB, postcode).\nReset password; customer logged in OK.",
    "Caller was upset about wait time, apologised.\nOffered 10% discount, accepted.",
    "Line was noisy; customer will call back.",
    "Explained \"pro-rata\" charges, sent summary by e-mail, CSV attached.",
    "Kunde möchte Rückruf auf Deutsch.\nTermin: Dienstag, 14:00.",
    "Cliente solicita factura, dirección: \"Calle Mayor, 5\".",
    "The customer initiated a conversation with the agent, who responded with greetings. "
    "The conversation was brief and did not involve any specific issues or requests.",
};

inline constexpr std::array<S, 7> kSurveyFeedback = {
    "Great service, thanks!", "Took too long to get through.", "Agent was helpful, but I had to repeat myself.",
    "", "Très bien 👍", "The \"callback\" never came.", "OK"};

inline constexpr std::array<S, 5> kDisconnectingEvents = {
    "Customer Disconnected", "Agent Disconnected", "Session Timeout", "Bot Ended", "Transfer Completed"};

inline constexpr std::array<S, 6> kSkills = {"Billing", "Español", "Deutsch", "Tier 2", "Sales", "Router Support"};

struct CampaignInfo { S id; S name; };
inline constexpr std::array<CampaignInfo, 3> kCampaigns = {{
    {"cmp-6602f0a1c5d34b7e9a01", "Renewal Reminder Q3"},
    {"cmp-6602f0a1c5d34b7e9a02", "Encuesta de satisfacción"},
    {"cmp-6602f0a1c5d34b7e9a03", "Payment Overdue – Friendly Nudge"},
}};

inline constexpr std::array<S, 4> kTiers = {"gold", "silver", "bronze", "platinum"};
inline constexpr std::array<S, 5> kLanguages = {"en", "es", "de", "ja", "fr"};
inline constexpr std::array<S, 4> kIntents = {"agent transfer", "check balance", "report outage", "cancel subscription"};

} // namespace cs::mock::catalog
