// Table tests for reported speech (attributions without quotation marks), one row per pattern.
// A row's expectation is the compact dump: kind|mention|cue|attribution|outlet|content.
#include "testing/helpers.hpp"

#include <gtest/gtest.h>

namespace {

using attrib::testing::dump;

struct reported_case {
  char const* name;
  char const* input;
  char const* expected;
};

class reported_table : public ::testing::TestWithParam<reported_case> {};

TEST_P(reported_table, attributes) { EXPECT_EQ(dump(GetParam().input), GetParam().expected) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    speaker_verb_clause, reported_table,
    ::testing::Values(
        reported_case{"that clause with auxiliary and adverb",
                      "The Russian president has previously insisted that despite the deployment, Moscow is not preparing an invasion.",
                      "indirect|The Russian president|insisted|explicit|-|despite the deployment, Moscow is not preparing an invasion"},
        reported_case{"a verb of saying inside an anonymity condition states the arrangement",
                      "A county official, who spoke on condition of anonymity, said the count was delayed.",
                      "indirect|A county official|said|explicit|-|the count was delayed"},
        // a post-modifier's object may be a noun that is also a verb form (`plan`), and a participle (`briefed
        // on`) attaches like a preposition
        reported_case{"post-modifier object that is also a verb form", "Officials familiar with the plan said the vote would slip to March.",
                      "indirect|Officials familiar with the plan|said|explicit|-|the vote would slip to March"},
        reported_case{"participle post-modifier", "Two people briefed on the call said the vote would slip to March.",
                      "indirect|Two people briefed on the call|said|explicit|-|the vote would slip to March"},
        // a restrictive relative clause after the subject, then the verb of saying; the relative clause's own
        // verbs (`to speak`, `spoke on condition of anonymity`) are not the cue
        reported_case{"relative clause between subject and verb",
                      "A police officer who was not authorized to speak publicly said the protest had been peaceful.",
                      "indirect|A police officer|said|explicit|-|the protest had been peaceful"},
        reported_case{"relative clause stating the arrangement", "Officials who asked not to be named said the plan would pass.",
                      "indirect|Officials|said|explicit|-|the plan would pass"},
        // a verb form that is also a noun of sources (`report`, `reports`) is the verb when a clause follows
        reported_case{"report after a plural subject", "Sources report she is treated as royalty.",
                      "indirect|Sources|report|explicit|-|she is treated as royalty"},
        reported_case{"reports that after a noun of sources", "The newspaper reports that the minister will resign.",
                      "indirect|The newspaper|reports|explicit|-|the minister will resign"},
        reported_case{"reports and a bare clause after a name", "Reuters reports the minister will resign.",
                      "indirect|Reuters|reports|explicit|-|the minister will resign"},
        // a verb of communication WordNet lists with a that-clause reports speech only with `that`
        reported_case{"derived verb with that", "The mayor underscored that the budget was balanced.",
                      "indirect|The mayor|underscored|explicit|-|the budget was balanced"},
        reported_case{"derived verb without that reports nothing", "The mayor underscored the budget gap on Monday.", ""},
        // a subject opens its clause: the object of a fronted preposition is not one, nor are dates alone
        reported_case{"fronted prepositional phrase and appositive",
                      "In an interview, Steve Huhn, a former vice president at the company, said the plan would fail.",
                      "indirect|Steve Huhn|said|explicit|-|the plan would fail"},
        reported_case{"fronted date", "In July, Sammy Aaron, vice chairman of the firm, told reporters that sales had doubled.",
                      "indirect|Sammy Aaron|told|explicit|reporters|sales had doubled"},
        reported_case{"subject with a participle and a date", "A Quinnipiac University poll released in late August found that voters were split.",
                      "indirect|A Quinnipiac University poll released in late August|found|explicit|-|voters were split"},
        reported_case{"subject with post-modifiers the mention grammar stops in",
                      "Ecologist Ryan Norris of the University of Guelph in Ontario also said the count would recover.",
                      "indirect|Ecologist Ryan Norris of the University of Guelph in Ontario|said|explicit|-|the count would recover"},
        reported_case{"fronted adverb", "Similarly, William Bennett, a former education secretary, said the schools had failed.",
                      "indirect|William Bennett|said|explicit|-|the schools had failed"},
        reported_case{"fronted participle phrase", "Chastened by the analyses, Trump revised his plan, promising that taxes would fall.",
                      "indirect|Trump|promising|explicit|-|taxes would fall"},
        reported_case{"a name that looks like an adverb", "Kelly, a former aide, said the count was over.",
                      "indirect|Kelly|said|explicit|-|the count was over"},
        reported_case{"a possessive and the person it relates", "His father said that the plan would fail.",
                      "indirect|His father|said|explicit|-|the plan would fail"},
        reported_case{"according to a source at the sentence end, with no comma",
                      "The ferry docked an hour late according to port officials.",
                      "indirect|port officials|according to|explicit|-|The ferry docked an hour late"},
        reported_case{"according to a source after a dash", "The figure is wrong \u2014 according to the Harbour Gazette.",
                      "indirect|the Harbour Gazette|according to|explicit|-|The figure is wrong"},
        reported_case{"according to a plan is no source", "The trains ran according to plan.", ""},
        reported_case{"a capitalised modal inside a name", "Prime Minister Ruth May said the border would reopen.",
                      "indirect|Prime Minister Ruth May|said|explicit|-|the border would reopen"},
        reported_case{"a lowercase subject ending in a source noun before a noun-like cue",
                      "The ferry still sails, as the company claims the ban did not cover it.",
                      "indirect|the company|claims|explicit|-|the ban did not cover it"},
        reported_case{"a court filing speaks", "The petition claims the tender was rigged.",
                      "indirect|The petition|claims|explicit|-|the tender was rigged"},
        reported_case{"a pronoun with its auxiliary written onto it",
                      "He\u2019s claiming that the count was rigged.",
                      "indirect|He|claiming|explicit|-|the count was rigged"},
        reported_case{"a contracted be before a participle, straight apostrophe",
                      "They're arguing that the vote should wait.",
                      "indirect|They|arguing|explicit|-|the vote should wait"},
        reported_case{"blame of an object for a reason",
                      "Okafor mocked the minister for skipping the hearing.",
                      "indirect|Okafor|mocked|explicit|-|the minister for skipping the hearing"},
        reported_case{"a verb of blame without a reason reports nothing", "Okafor slammed the door behind him.", ""},
        reported_case{"charges that: a loaded verb of saying", "Okafor charges that the tender was rigged.",
                      "indirect|Okafor|charges|explicit|-|the tender was rigged"},
        reported_case{"a bare plural noun for people is a subject",
                      "But conservationists worry that the wetland will be drained.",
                      "indirect|conservationists|worry|explicit|-|the wetland will be drained"},
        reported_case{"a name in parentheses is an aside, not the subject",
                      "The secretary (National Union of Rail, Maritime and Transport Workers), Mick Cash, said the measure was weak.",
                      "indirect|The secretary (National Union of Rail, Maritime and Transport Workers)|said|explicit|-|the measure was weak"},
        reported_case{"a clause in parentheses keeps its subject", "She was ill (her campaign later disclosed that she has pneumonia).",
                      "indirect|her campaign|disclosed|explicit|-|she has pneumonia)"},
        reported_case{"a participle and its phrase after the subject's noun",
                      "A tweet sent from his account during the debate repeated the commitment, saying the running mate would be a woman.",
                      "indirect|A tweet sent from his account|saying|explicit|-|the running mate would be a woman"},
        reported_case{"a second verb takes the subject of the first in its sentence",
                      "The then-manager of the firm, David Clay, called it a step back and said the area could not afford it.",
                      "indirect|The then-manager of the firm|called|explicit|-|it a step back\n"
                      "indirect|The then-manager of the firm|said|explicit|-|the area could not afford it"},
        // a relative clause between the subject and its verb: the subject is its head, whatever the clause holds
        reported_case{"relative clause with an object", "One Democratic official who relayed the exchange said the meeting was tense.",
                      "indirect|One Democratic official|said|explicit|-|the meeting was tense"},
        reported_case{"relative clause with a name as object", "Voters who backed Trump said the economy mattered most.",
                      "indirect|Voters|said|explicit|-|the economy mattered most"},
        reported_case{"relative clause with an intransitive verb", "The protesters who marched said they would return.",
                      "indirect|The protesters|said|explicit|-|they would return"},
        reported_case{"contact clause", "Some of the protesters Wikinews interviewed said they would return.",
                      "indirect|Some of the protesters|said|explicit|-|they would return"},
        reported_case{"a preposition that opens a clause", "The hearing went on for an hour after he admitted that no one had been fired.",
                      "indirect|he|admitted|explicit|-|no one had been fired"},
        // the content ends where a clause of the writer's begins, and what follows is searched on
        reported_case{"a contrast connective ends the content",
                      "He claimed that paying no income taxes was smart, although he again refused to release his returns.",
                      "indirect|He|claimed|explicit|-|paying no income taxes was smart\n"
                      "indirect|he|refused to|explicit|-|release his returns"},
        reported_case{"a dash and a coordinated attribution end the content",
                      "Fowler said the politics would be intense -- and he noted that any change would take years.",
                      "indirect|Fowler|said|explicit|-|the politics would be intense\n"
                      "indirect|he|noted|explicit|-|any change would take years"},
        reported_case{"a semicolon ends the content", "The mayor said the count was over; the council disagreed.",
                      "indirect|The mayor|said|explicit|-|the count was over"},
        // an adverb between subject and verb belongs to the verb; a verb that is also an adverb stays a verb
        reported_case{"adverb before the verb", "He soon learned that the plant would close.",
                      "indirect|He|learned|explicit|-|the plant would close"},
        reported_case{"verb that is also an adverb", "They express concern that the seat could be lost.",
                      "indirect|They|express|explicit|-|the seat could be lost"},
        reported_case{"bare clause", "Fowler said the politics of the ticket would be more intense.",
                      "indirect|Fowler|said|explicit|-|the politics of the ticket would be more intense"},
        reported_case{"negation", "The mayor did not say whether the plan would pass.",
                      "indirect|The mayor|say|explicit|-|whether the plan would pass"},
        reported_case{"appositive after the speaker",
                      "Aparna Mathur, who studies tax policy at the institute, said the statement didn't clarify the matter.",
                      "indirect|Aparna Mathur|said|explicit|-|the statement didn't clarify the matter"},
        reported_case{"told an outlet that", "Ukraine\u2019s foreign minister told CNBC that Russia was in a position to invade.",
                      "indirect|Ukraine\u2019s foreign minister|told|explicit|CNBC|Russia was in a position to invade"},
        reported_case{"object before that", "Ukraine has warned its allies that troops were massing on the border.",
                      "indirect|Ukraine|warned|explicit|-|troops were massing on the border"},
        reported_case{"described as", "Miles described the talks as productive but slow.",
                      "indirect|Miles|described|explicit|-|the talks as productive but slow"},
        reported_case{"a refusal to speak is reported", "A spokesman for the mayor declined to comment.",
                      "indirect|A spokesman for the mayor|declined to|explicit|-|comment"},
        reported_case{"past form listed first is no bare form", "Cook declined to say whether it was a violation of the policy.",
                      "indirect|Cook|declined to|explicit|-|say whether it was a violation of the policy"},
        reported_case{"a quantifier opens the clause, not a preposition", "CNN reported at least six planes filled the skies.",
                      "indirect|CNN|reported|explicit|-|at least six planes filled the skies"},
        reported_case{"adverbial before the clause", "Trump said after the convention he would not accept the endorsement.",
                      "indirect|Trump|said|explicit|-|he would not accept the endorsement"},
        reported_case{"a lowercase phrase after the speaker's preposition",
                      "Experts on nuclear nonproliferation said the test could change the race.",
                      "indirect|Experts on nuclear nonproliferation|said|explicit|-|the test could change the race"},
        reported_case{"coordinated prepositional phrases",
                      "Political observers in Richmond and around the country say Scott deserves the first chance.",
                      "indirect|Political observers in Richmond and around the country|say|explicit|-|Scott deserves the first chance"},
        reported_case{"the head noun, not the last word, is plural", "Those close to him say he will run again next year.",
                      "indirect|Those close to him|say|explicit|-|he will run again next year"},
        reported_case{"an appositive between spaced dashes",
                      "Kall -- co-editor of a book on primary debates, published last year -- said the candidate made news there.",
                      "indirect|Kall|said|explicit|-|the candidate made news there"},
        reported_case{"a raising verb before the verb of saying", "Okafor appeared to suggest that the tender was rigged.",
                      "indirect|Okafor|suggest|explicit|-|the tender was rigged"},
        reported_case{"two attributions joined by a contrast connective with no pause",
                      "Lopes said the port would close while Ferreira wrote that it would stay open.",
                      "indirect|Lopes|said|explicit|-|the port would close\nindirect|Ferreira|wrote|explicit|-|it would stay open"},
        reported_case{"a relative word before the subject: the verb phrase is the content, to the comma",
                      "The rifles, which police said belonged to the suspect, were seized.",
                      "indirect|police|said|explicit|-|belonged to the suspect"},
        reported_case{"two attributions joined by and with no pause",
                      "Landlords said the rules were unfair and tenants accused them of stalling.",
                      "indirect|Landlords|said|explicit|-|the rules were unfair\nindirect|tenants|accused|explicit|-|them of stalling"},
        reported_case{"a contrast connective before a clause that attributes nothing stays in the content",
                      "Lopes said she would stay while the talks continued.",
                      "indirect|Lopes|said|explicit|-|she would stay while the talks continued"},
        reported_case{"a that after an adverbial clause", "Premier Wong said when he arrived that the talks would go on.",
                      "indirect|Premier Wong|said|explicit|-|the talks would go on"},
        reported_case{"a possessive addressee before an infinitive", "The mayor told his advisers to figure out how to cut emissions.",
                      "indirect|The mayor|told|explicit|-|to figure out how to cut emissions"},
        reported_case{"a noun-like cue before a subject pronoun", "Lynch notes they were appointed before she came to lead the department.",
                      "indirect|Lynch|notes|explicit|-|they were appointed before she came to lead the department"},
        reported_case{"a noun in -ly is no adverb", "The family said police will release the videos.",
                      "indirect|The family|said|explicit|-|police will release the videos"},
        reported_case{"a bare plural addressed before an infinitive", "Albright urged women to vote for the senator.",
                      "indirect|Albright|urged|explicit|-|women to vote for the senator"},
        reported_case{"a share of those asked", "Nearly 40 percent of likely voters say the economy is the top issue.",
                      "indirect|Nearly 40 percent of likely voters|say|explicit|-|the economy is the top issue"},
        reported_case{"a ratio of those asked", "One in five say that won't be true.",
                      "indirect|One in five|say|explicit|-|won't be true"},
        reported_case{"a coordinated clause with its own speaker is a second attribution",
                      "Two in three said they are less likely to vote for the party, and nearly three in five said they are much less likely.",
                      "indirect|Two in three|said|explicit|-|they are less likely to vote for the party\n"
                      "indirect|nearly three in five|said|explicit|-|they are much less likely"},
        reported_case{"a relative clause's verb after the speaker", "The district drew 30 applicants, which he said were evenly split.",
                      "indirect|he|said|explicit|-|were evenly split"},
        reported_case{"went on to", "He went on to say that some Democrats are angry at the senator.",
                      "indirect|He|say|explicit|-|some Democrats are angry at the senator"},
        reported_case{"coordinated subjects, the second lowercase", "Regulators and environmental groups warned that the deal could fail.",
                      "indirect|Regulators and environmental groups|warned|explicit|-|the deal could fail"},
        reported_case{"a contracted negation and a possessive coordinate",
                      "The nominee and his aides haven't said how he is preparing for the debate.",
                      "indirect|The nominee and his aides|said|explicit|-|how he is preparing for the debate"},
        reported_case{"a wh-clause after a negation", "Lawmakers have not said when they would take up the bill.",
                      "indirect|Lawmakers|said|explicit|-|when they would take up the bill"},
        reported_case{"no inverted speaker after a subject and its appositive",
                      "Ivanka Trump, the nominee's eldest daughter, noted the rule in the interview last week.",
                      "indirect|Ivanka Trump|noted|explicit|-|the rule in the interview last week"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    attribution_after_the_clause, reported_table,
    ::testing::Values(
        reported_case{"speaker verb", "Protocol called for her to be taken to a trauma center, sources said.",
                      "indirect|sources|said|explicit|-|Protocol called for her to be taken to a trauma center"},
        reported_case{"verb speaker", "The talks will resume on Monday, said a spokesman for the ministry.",
                      "indirect|a spokesman for the ministry|said|explicit|-|The talks will resume on Monday"},
        reported_case{"parenthetical", "The middle fifth paid 8.9 percent, the agency said in a report, and the bottom fifth paid less.",
                      "indirect|the agency|said|explicit|-|The middle fifth paid 8.9 percent, the agency said in a report, and the bottom fifth paid less"},
        reported_case{"no-break space before the speaker", "The talks will resume on Monday,\u00A0a spokesman said.\u00A0",
                      "indirect|a spokesman|said|explicit|-|The talks will resume on Monday"},
        reported_case{"ASCII possessive inside the speaker", "The plant is hanging on, said the company's chief executive.",
                      "indirect|the company's chief executive|said|explicit|-|The plant is hanging on"},
        // a bare noun of sources with its post-modifier, and a demonstrative before one, are speakers
        reported_case{"a present participle and its phrase after the subject's noun",
                      "A senior official speaking on condition of anonymity said the talks had stalled.",
                      "indirect|A senior official speaking on condition of anonymity|said|explicit|-|the talks had stalled"},
        reported_case{"bare source noun with a post-modifier", "The deal is close, people familiar with the talks said.",
                      "indirect|people familiar with the talks|said|explicit|-|The deal is close"},
        reported_case{"demonstrative before a source noun", "Mr. Ortiz, these officials said, would accept the offer.",
                      "indirect|these officials|said|explicit|-|Mr. Ortiz, these officials said, would accept the offer"},
        reported_case{"parenthetical after one word", "Still, he said, officials have to decide who gets extra scrutiny.",
                      "indirect|he|said|explicit|-|Still, he said, officials have to decide who gets extra scrutiny"},
        reported_case{"on a broadcast outlet", "The governor was in the running, he said Wednesday on MSNBC.",
                      "indirect|he|said|explicit|-|The governor was in the running"},
        reported_case{"told and an object pronoun", "Her husband would soon be coming home, the president told her.",
                      "indirect|the president|told|explicit|-|Her husband would soon be coming home"},
        reported_case{"preposed as-clause", "As The Washington Post reported, the senator would need 55 percent of the remaining delegates.",
                      "indirect|The Washington Post|reported|explicit|-|the senator would need 55 percent of the remaining delegates"},
        reported_case{"according to, before", "According to the finance director, the bond would add $40 a year to the bill.",
                      "indirect|the finance director|According to|explicit|-|the bond would add $40 a year to the bill"},
        reported_case{"according to, a source the mention grammar does not read",
                      "According to early results of exit polls conducted by Edison Research, turnout was high in Alabama.",
                      "indirect|early results of exit polls conducted by Edison Research|According to|explicit|-|turnout was high in Alabama"},
        reported_case{"according to, a verb of saying used as a noun inside the source",
                      "According to conservative talk radio host Dan Pruitt, the move reeks of fear.",
                      "indirect|conservative talk radio host Dan Pruitt|According to|explicit|-|the move reeks of fear"},
        reported_case{"according to, a preposition after the source ends it", "The vote slipped, according to Reuters on Monday.",
                      "indirect|Reuters|according to|explicit|-|The vote slipped"},
        reported_case{"according to a possessed document, after", "The pilot had flown since 2004, according to his flight records.",
                      "indirect|his flight records|according to|explicit|-|The pilot had flown since 2004"},
        reported_case{"according to, after", "The bond would add $40 a year to the bill, according to the finance director.",
                      "indirect|the finance director|according to|explicit|-|The bond would add $40 a year to the bill"},
        reported_case{"a prepositional phrase after the verb, mid-sentence",
                      "The lower fifth paid 0.8 percent, the agency said in a June filing, and the top fifth paid more.",
                      "indirect|the agency|said|explicit|-|The lower fifth paid 0.8 percent, the agency said in a June filing, and the top fifth paid more"},
        reported_case{"a prepositional phrase after the verb, at the end; a noun homograph inside the speaker",
                      "The new rules take effect in March, the former secretary of state said at a forum in Denver.",
                      "indirect|the former secretary of state|said|explicit|-|The new rules take effect in March"},
        reported_case{"an inverted object is no speaker", "A Fox News poll, conducted jointly with two firms, shows Sanders with 47 percent.",
                      "indirect|A Fox News poll|shows|explicit|-|Sanders with 47 percent"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    shared_subject_and_mixed, reported_table,
    ::testing::Values(
        reported_case{"participle takes the sentence subject", "Trump is defending his tweets, saying they show he would be awake at 3 a.m.",
                      "indirect|Trump|defending|explicit|-|his tweets\nindirect|Trump|saying|explicit|-|they show he would be awake at 3 a.m"},
        reported_case{"a participle after a coordinated clause takes that clause's subject",
                      "Prosecutors filed charges and the mayor fired his police chief, acknowledging that changes were needed.",
                      "indirect|the mayor|acknowledging|explicit|-|changes were needed"},
        reported_case{"a verb joined by `and` after a subordinate clause shares its subject",
                      "The mayor walked out after the senator arrived and claimed that the shootings were justified.",
                      "indirect|the senator|claimed|explicit|-|the shootings were justified"},
        reported_case{"two names joined by `and` are one subject, not a clause",
                      "Ortiz and Lopes talked on Thursday, saying the talks had gone well.",
                      "indirect|Ortiz and Lopes|saying|explicit|-|the talks had gone well"},
        reported_case{"a relative word after a preposition leaves the clause its own subject",
                      "It was an interview in which he said the findings were wrong.",
                      "indirect|he|said|explicit|-|the findings were wrong"},
        reported_case{"an irregular past form ends the subject's name", "Ana Ruiz went on television and said the plan would work.",
                      "indirect|Ana Ruiz|said|explicit|-|the plan would work"},
        reported_case{"an irregular past form makes a bare complement a clause", "Organizers reported this year most of the guests brought costumes.",
                      "indirect|Organizers|reported|explicit|-|this year most of the guests brought costumes"},
        reported_case{"by and a participle", "He pitched himself to voters by telling them that their lives were about as bad as can be.",
                      "indirect|He|telling|explicit|-|their lives were about as bad as can be"},
        reported_case{"a participle after a document noun", "The campaign issued a statement calling the report a fabrication.",
                      "indirect|The campaign|calling|explicit|-|the report a fabrication"},
        reported_case{"a chain of participles", "The governor opened by talking about the drug crisis, saying it was out of control.",
                      "indirect|The governor|talking|explicit|-|the drug crisis\nindirect|The governor|saying|explicit|-|it was out of control"},
        reported_case{"a participle after a quotation takes its speaker",
                      "\u201CWe need a unifier,\u201D Moreno said, referring to the incoming chair.",
                      "direct|Moreno|said|explicit|-|\u201CWe need a unifier,\u201D\nindirect|Moreno|referring to|explicit|-|the incoming chair"},
        reported_case{"a verb and its preposition take a noun phrase", "Blackwell pointed to the campaign's organization in the state.",
                      "indirect|Blackwell|pointed to|explicit|-|the campaign's organization in the state"},
        reported_case{"a progressive with its preposition", "Gross was referring to the group's founders.",
                      "indirect|Gross|referring to|explicit|-|the group's founders"},
        reported_case{"coordinated verb", "Mr. Schultz supported Democrats during his years on air and said he did not support Mr. Trump.",
                      "indirect|Mr. Schultz|supported|explicit|-|Democrats during his years on air\n"
                      "indirect|Mr. Schultz|said|explicit|-|he did not support Mr. Trump"},
        // verbs of praise, criticism and accusation come from WordNet (scripts/derive_communication_verbs.py)
        reported_case{"a derived verb of praise takes its object and reason", "In January, the governor lauded the company for helping develop new ideas.",
                      "indirect|the governor|lauded|explicit|-|the company for helping develop new ideas"},
        reported_case{"a derived verb of criticism", "The senator decried the ruling as a blow to workers.",
                      "indirect|The senator|decried|explicit|-|the ruling as a blow to workers"},
        reported_case{"hails from is no praise", "Smith hails from a small town in Ohio and joined the firm in 2010.", ""},
        reported_case{"a passive verb of saying and its agent", "The registration issue was first reported by The Washington Post.",
                      "indirect|The Washington Post|reported|explicit|-|The registration issue"},
        reported_case{"the agent ends before a prepositional phrase", "The same false claim was repeated by Trump at a rally in Ohio.",
                      "indirect|Trump|repeated|explicit|-|The same false claim"},
        reported_case{"a passive inside another attribution's clause",
                      "But they emphasized that sanctions worked, unlike in Cuba, where the outreach has been fiercely opposed by most Republicans.",
                      "indirect|they|emphasized|explicit|-|sanctions worked, unlike in Cuba, where the outreach has been fiercely opposed by most Republicans\n"
                      "indirect|most Republicans|opposed|explicit|-|the outreach"},
        reported_case{"a passive that is no verb of saying reports nothing", "The bill was passed by the Senate on Monday.", ""},
        reported_case{"a trailing according to with a participle after its source",
                      "Boseman died at home on Friday according to a statement posted to his official account.",
                      "indirect|a statement posted to his official account|according to|explicit|-|Boseman died at home on Friday"},
        reported_case{"according to closing an opening subordinate clause, and the main clause's own attribution",
                      "While only 10 percent of fans own a costume according to a 2011 study, organizers reported that 908 attendees brought one.",
                      "indirect|a 2011 study|according to|explicit|-|only 10 percent of fans own a costume\n"
                      "indirect|organizers|reported|explicit|-|908 attendees brought one"},
        reported_case{"a directive with its subjunctive clause", "The two groups requested monarch butterflies be given federal protection.",
                      "indirect|The two groups|requested|explicit|-|monarch butterflies be given federal protection"},
        reported_case{"a long subject that opens the sentence keeps its quantifier",
                      "Several senior Democrats with longtime ties to both of the candidates cited another trap in the debate.",
                      "indirect|Several senior Democrats with longtime ties to both of the candidates|cited|explicit|-|another trap in the debate"},
        reported_case{"ordered with an object reports nothing", "The army ordered 500 new trucks last year.", ""},
        reported_case{"a directive with its addressee and what they are to do",
                      "A county judge ordered the city to release the footage within a week.",
                      "indirect|A county judge|ordered|explicit|-|to release the footage within a week"},
        reported_case{"a directive with an object and no infinitive reports nothing",
                      "The court ordered the release of the footage last week.", ""},
        reported_case{"a directive with an addressee and no infinitive reports nothing",
                      "The council ordered the city a new audit of its books.", ""},
        reported_case{"make it clear is one cue", "The general made it clear he had major misgivings about the plan.",
                      "indirect|The general|made it clear|explicit|-|he had major misgivings about the plan"},
        reported_case{"a fronted participle of saying", "Claiming the criticism was designed to pressure the moderators, Trump called for calm.",
                      "indirect|Trump|Claiming|explicit|-|the criticism was designed to pressure the moderators\n"
                      "indirect|Trump|called for|explicit|-|calm"},
        reported_case{"a fronted participle with where it was said reports nothing", "Speaking to supporters in Ohio, Cruz thanked his staff.", ""},
        reported_case{"coordinated verb after an appositive subject", "Dean, a medical doctor, appeared on MSNBC on Tuesday and said he would never diagnose anyone.",
                      "indirect|Dean|said|explicit|-|he would never diagnose anyone"},
        reported_case{"the subject ends before a verb and its object", "Trump took a risk on Monday and said he would win the state.",
                      "indirect|Trump|said|explicit|-|he would win the state"},
        reported_case{"a participle after by shares the subject", "Dean, a medical doctor, began by saying he would never diagnose anyone.",
                      "indirect|Dean|saying|explicit|-|he would never diagnose anyone"},
        // a quotation inside a reported clause is the speaker's own words: a partial quotation of its own
        reported_case{"partial quote inside the clause",
                      "Police say they have \"adequate resources\" to secure the city during the event.",
                      "indirect|Police|say|explicit|-|they have \"adequate resources\" to secure the city during the event\n"
                      "partial|Police|say|explicit|-|\"adequate resources\""},
        reported_case{"stance adjective after a copula", "Graham has been critical of the nominee for months.",
                      "indirect|Graham|critical|explicit|-|the nominee for months"},
        reported_case{"stance adjective with a clause", "She was sure Trump would triumph in November.",
                      "indirect|She|sure|explicit|-|Trump would triumph in November"},
        reported_case{"according to a document", "According to exit polls, Mitt Romney had a ten-point lead over Obama.",
                      "indirect|exit polls|According to|explicit|-|Mitt Romney had a ten-point lead over Obama"},
        reported_case{"addressee then infinitive; people spoken to are no outlet", "Moderator Matt Lauer asked the candidates to discuss their own ideas.",
                      "indirect|Moderator Matt Lauer|asked|explicit|-|to discuss their own ideas"},
        reported_case{"indefinite pronoun and a year before the verb",
                      "An arbitration panel in 2001 found the United States was in breach of the agreement.",
                      "indirect|An arbitration panel|found|explicit|-|the United States was in breach of the agreement"},
        reported_case{"headline convention", "Pence: Flowers Won\u2019t Be at the Debate\nThe governor spoke on Sunday.",
                      "indirect|Pence|:|explicit|-|Flowers Won\u2019t Be at the Debate"},
        reported_case{"a quantifier alone as the speaker", "Some say the plan will fail in the Senate.",
                      "indirect|Some|say|explicit|-|the plan will fail in the Senate"},
        reported_case{"a parenthetical quantifier", "That attitude, many argue, could carry constitutional implications.",
                      "indirect|many|argue|explicit|-|That attitude, many argue, could carry constitutional implications"},
        reported_case{"specialists are sources", "But hacking specialists say the leaked files might not be genuine.",
                      "indirect|hacking specialists|say|explicit|-|the leaked files might not be genuine"},
        reported_case{"a relative clause ends at its comma", "The senator, who has said the plan would fail, voted for it anyway.",
                      "indirect|who|said|explicit|-|the plan would fail"},
        reported_case{"title-case headline", "Bernie Sanders Says He Has Started Writing His Inaugural Address\nThe senator spoke on Friday.",
                      "indirect|Bernie Sanders|Says|explicit|-|He Has Started Writing His Inaugural Address"},
        reported_case{"a first paragraph too long for a headline",
                      "Harbor: The ferry schedule changes on Monday, with earlier departures on weekdays and a later last boat on "
                      "Fridays and Saturdays, and the port authority will add a second vessel in June if the repairs to the older "
                      "boat are finished on time and the crews complete their training before the summer season begins in earnest.\n"
                      "The schedule is posted at the terminal.",
                      ""},
        reported_case{"a sentence is no title-case headline", "Bernie Sanders Says he has started writing his address\nThe senator spoke.",
                      ""},
        reported_case{"title-case headline that closes with its speaker",
                      "Clinton Hid Past Health Problems From Public, Former White House Doctor Says.\nThe doctor spoke on Friday.",
                      "indirect|Former White House Doctor|Says|explicit|-|Clinton Hid Past Health Problems From Public"},
        reported_case{"a paragraph ending in a verb of saying and a colon introduces a block without marks",
                      "The governor spoke on Fox.\n\nThe governor added:\n\nIt is typical of her. She knows nothing, but the mouth never stops.\n",
                      "indirect|The governor|added|explicit|-|It is typical of her. She knows nothing, but the mouth never stops"},
        reported_case{"a list after a colon reports nothing", "The agency listed its reasons:\n\nFirst, the costs rose.\n", ""},
        reported_case{"a title-case headline of two clauses", "Senate Passes Budget, House Agrees\nThe Senate passed the budget on Friday.", ""},
        reported_case{"a title-case headline with a noun at its end", "Snow Closes Schools, Bus Drivers Union Reports\nThe union met.", ""},
        reported_case{"belief verb with infinitive", "The campaign plans to release more medical records next week.",
                      "indirect|The campaign|plans|explicit|-|to release more medical records next week"}),
    attrib::testing::case_name);

INSTANTIATE_TEST_SUITE_P(
    not_reported_speech, reported_table,
    ::testing::Values(
        reported_case{"noun homograph", "Nearly 10 percent of the voters in several battleground states could decide the race.", ""},
        reported_case{"object is a noun phrase", "The center maintains a program for young political leaders.", ""},
        reported_case{"state as a noun after and", "The Guard and state troopers will remain in the city through Sunday.", ""},
        reported_case{"no inversion after an auxiliary: the subject endorses",
                      "Other unions, including the teachers, have also endorsed Clinton in the race.",
                      "indirect|Other unions|endorsed|explicit|-|Clinton in the race"},
        reported_case{"preposition after the verb", "A spokeswoman did not respond to my messages.", ""},
        reported_case{"verb of continuing", "Republicans in Congress will continue their legislative attacks.", ""},
        reported_case{"nothing reported", "Officials said Tuesday.", ""},
        reported_case{"a question reports nothing", "Would you think she must be the worst candidate ever nominated?", ""},
        reported_case{"reflexive object", "Peacekeepers occasionally find themselves in the thick of war zones.", ""},
        reported_case{"an adverbial clause after the verb", "The mayor spoke when the council met on Tuesday.", ""},
        reported_case{"a programme's title after a verb of telling is no quotation",
                      "Johnson tells \"Morning Joe\" that he will stay in the race.",
                      "scare|-|-|none|-|\"Morning Joe\"\nindirect|Johnson|tells|explicit|-|he will stay in the race"},
        reported_case{"a film's title after a possessive is no quotation", "Ava DuVernay's \"13th\" opens in theaters on Friday.",
                      "scare|-|-|none|-|\"13th\""},
        reported_case{"a share before a noun", "The nominee sits at 85 percent support among voters in the state.", ""},
        reported_case{"a second predicate after the verb", "She was the one who said and did the same things as her rival.", ""},
        reported_case{"a cue noun after a lowercase word ends a noun phrase",
                      "Leaders will seek to engage voters in battleground states on \"a designated day\" in November.",
                      "scare|-|-|none|-|\"a designated day\""},
        reported_case{"a that past a dash is a relative pronoun",
                      "Another critic likened the rules to \"burning the Constitution\" - a charge that might have stung.",
                      "indirect|Another critic|likened|explicit|-|the rules to \"burning the Constitution\" - a charge that might have stung\n"
                      "partial|Another critic|likened|explicit|-|\"burning the Constitution\""}),
    attrib::testing::case_name);

}  // namespace

namespace {

TEST(reported_topics, a_preposition_after_a_verb_of_saying_introduces_the_topic) {
  EXPECT_EQ(attrib::testing::dump("The nominee complained about his microphone during the debate."),
            "indirect|The nominee|complained|explicit|-|his microphone during the debate");
  EXPECT_EQ(attrib::testing::dump("Mr. Obama spoke emotionally of the museum and its collection."),
            "indirect|Mr. Obama|spoke|explicit|-|the museum and its collection");
  // an arrangement, not a topic
  EXPECT_EQ(attrib::testing::dump("\u201CNo,\u201D a senior official, who spoke on the condition of anonymity, said."),
            "direct|a senior official|said|explicit|-|\u201CNo,\u201D");
}

}  // namespace

namespace {

// `outlet|audience` of the first quote: a medium the words were given to, or the people addressed.
std::string given_to(std::string const& text) {
  auto const art = attrib::testing::load(text);
  auto const a = attrib::testing::default_engine().analyze(art);
  if (a.quotes.empty()) return "(no quote)";
  auto const& q = a.quotes.front();
  auto const part = [&](std::optional<attrib::span> s) { return s ? art.text.substr(s->begin, s->size()) : std::string("-"); };
  return part(q.attr.outlet) + "|" + part(q.attr.audience);
}

TEST(outlet_or_audience, a_medium_is_an_outlet_and_people_are_an_audience) {
  EXPECT_EQ(given_to("Ana Ruiz told CNBC that the plant would close."), "CNBC|-");
  EXPECT_EQ(given_to("Ana Ruiz told a local newspaper that the plant would close."), "a local newspaper|-");
  EXPECT_EQ(given_to("Ana Ruiz told the Ellis Gazette that the plant would close."), "the Ellis Gazette|-");
  EXPECT_EQ(given_to("Ana Ruiz told reporters that the plant would close."), "reporters|-");
  EXPECT_EQ(given_to("Ana Ruiz told police that the gate was open."), "-|police");
  EXPECT_EQ(given_to("Ana Ruiz told lawmakers that the plant would close."), "-|lawmakers");
  EXPECT_EQ(given_to("Ana Ruiz told him that the plant would close."), "-|-");
}

}  // namespace

namespace {

// The form of each reported attribution, one row per form.
struct form_case {
  char const* name;
  char const* input;
  char const* expected;
};
class form_table : public ::testing::TestWithParam<form_case> {};
TEST_P(form_table, reads) {
  auto const a = attrib::testing::default_engine().analyze(attrib::testing::load(GetParam().input));
  std::string out;
  for (auto const& q : a.quotes)
    if (q.kind == attrib::quote_kind::indirect) out.append(out.empty() ? "" : " ").append(attrib::name_of(q.form));
  EXPECT_EQ(out, GetParam().expected) << GetParam().name;
}
INSTANTIATE_TEST_SUITE_P(
    forms, form_table,
    ::testing::Values(form_case{"clause", "Fowler said the politics would be intense.", "clause"},
                      form_case{"closing attribution", "The plan will fail, officials said.", "clause"},
                      form_case{"according to", "According to the mayor, the plan will fail.", "clause"},
                      form_case{"object", "Graham has been critical of the nominee for months.", "object"},
                      form_case{"topic", "Obama spoke about the legacy of racism in the South.", "topic"},
                      form_case{"infinitive", "Trump vowed to appeal the ruling.", "infinitive"},
                      form_case{"infinitive after an addressee", "The mayor urged police to release the videos.", "infinitive"},
                      form_case{"a directive's infinitive", "The judge ordered the agency to publish the records.", "infinitive"},
                      form_case{"evidential", "The survey found that voters were split.", "evidential"},
                      form_case{"question", "The mayor asked whether the vote would slip.", "question"}),
    attrib::testing::case_name);

}  // namespace
