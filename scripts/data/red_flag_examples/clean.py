"""Clean pieces and hard negatives written for the synthetic examples."""

TOUGH_BOSS = [
    "My manager there was very direct and set tight deadlines, which I found hard at first. I asked for a weekly ten-minute check-in so I understood her priorities, and after that we worked well together.",
    "My last supervisor had a very different style from mine. He liked everything in writing, so I started sending short daily summaries, and it cut out most of the misunderstandings.",
    "The company went through a difficult restructure and morale was low for a while. I tried to keep my own work steady and helped the newer staff with the changes.",
    "My manager was under a lot of pressure from head office, and sometimes that came down on the team. I learned to ask early what mattered most that week.",
    "It was a demanding place with long shifts and high targets. I learned a lot there, but after four years I want somewhere I can grow into a lead role.",
    "My team leader and I disagreed about how to handle the backlog. I showed her the figures for my approach, she had a good point about risk, and we ended up combining the two ideas.",
]
LAYOFF = [
    "My site closed last spring when the company moved production abroad, and about eighty of us were made redundant. I used the time to finish my certificate.",
    "The role was made redundant in a restructure. It wasn't a surprise, the business had been losing a big contract, and they gave us good notice.",
    "Funding for the project ended in March, so the post came to an end. I'm proud of what we delivered in the two years it ran.",
    "The shop closed when the chain went into administration. It was a shame, but I'd had three good years there and I left with strong references.",
]
EMPATHY = [
    "The customer was shouting when he came in, but it turned out his delivery had been missed twice and he'd taken a day off work for it. I'd have been angry too, so I apologised, rebooked it for the first slot and called him the morning it went out.",
    "She was very short with me on the phone, and I found out later her husband was in hospital. I kept it simple, sorted the bill, and gave her my direct line so she didn't have to explain it again.",
    "A relative got upset with us on the ward because nobody had told him about his mum's move to another bay. He was right that we should have called, so I apologised, explained why, and made sure he was on the contact list.",
    "The guest was rude at check-in, but he'd been travelling for eighteen hours. I gave him a quiet room, sorted his late dinner, and by breakfast he came over to say thanks.",
    "The parent was frustrated because her son had been missing out on reading time. She had a fair point, so I set up a short session with him three times a week and sent her a note every Friday.",
]
OWNED = [
    "The mistake was mine. I sent the order without checking the quantities, and we ended up with double the stock. I told my manager straight away, arranged the return with the supplier, and now I always check orders against the sheet before sending.",
    "I misread the drawing and cut two panels short. I owned up to the site manager that morning, re-cut them on my own time, and I now measure twice and check the revision number every time.",
    "I missed a step in the handover and a patient's dressing change was late. I reported it, apologised to the patient, and started using a checklist at every handover, which the ward later adopted.",
    "I underestimated how long the data cleaning would take, and the report was two days late. I should have flagged it earlier. Now I give a first estimate, then update it after the first day.",
    "I booked the wrong date for a delivery because I didn't double-check the email. I called the customer, apologised, and arranged a free next-day slot. Since then I read back dates on every call.",
    "Part of it was my fault: I'd assumed the client had read our email, and I didn't follow up. The supplier was also late, but I should have chased both sooner, so now I set reminders for every confirmation.",
]
FAIR_CRIT = [
    "We didn't always see eye to eye. Looking back, I could have raised my concerns earlier instead of waiting until the review.",
    "The feedback I got was that I took on too much myself. That was fair, and I've been delegating more since.",
    "There were problems with how the shifts were planned, but I also didn't speak up enough about it. In my next job I'd do that sooner.",
    "The project didn't go well. Some of that was the late funding decision, and some of it was me not asking for help early enough.",
]
FAMILY = [
    "We're moving back to the area to be closer to my parents, who are getting older, so I'm looking for a long-term role here.",
    "My partner got a job in the city, so we're relocating, and I've been looking at the best employers nearby.",
    "I took a year out to look after my dad while he was unwell. He's doing better now, and I'm keen to get back to work.",
    "I've been at home with my two children for three years, and now they're both at school I'm ready to come back.",
]
PAY_OK = [
    "The pay is a bit better too, I won't pretend it isn't, but what really draws me is the training and the chance to lead a small team.",
    "Of course the salary matters, everyone has bills, but I'm mainly here because of the kind of work you do.",
    "The pension scheme is good, but it's the specialist training that made me apply.",
    "The hours suit my family as well, which helps, but the main reason is that I want to work in a team like yours.",
]
CONFIDENT = [
    "I'm confident I can do this job well. I've run a similar section for two years, and the feedback from my last two reviews was strong on exactly these skills.",
    "I'd say I'm good at staying calm when things go wrong. In my last role I was the person people called on the night shift, and I've got the incident logs to show how those nights went.",
    "I'm one of the more experienced people on my team, so I often train the new starters. I enjoy it and I've learned a lot from their questions too.",
    "I was top of my cohort on the course, which I'm proud of, but I had a lot of help from a tutor who went through my practice work with me.",
]
PERFECT = [
    "I can be a perfectionist with reports. Last year I spent a whole afternoon on formatting a report nobody needed that day. Now I set a time limit for each draft and ask my manager what level of polish it needs, and I've cut my report time by about a third.",
    "I tend to over-check my work. I used to recheck every measurement three times, which slowed the job down. I now check the critical ones twice and spot-check the rest, and my rework rate hasn't changed.",
    "My weakness is public speaking. I used to avoid team briefings, so I joined a local speaking group last year and now I run the Monday huddle once a month.",
    "I find it hard to say no to extra work. Last winter it meant I was staying late most nights. I now check my list with my supervisor before I agree, and I've been able to hand tasks on without dropping anything.",
    "I'm not great with spreadsheets beyond the basics. I've been doing an online course in the evenings and I built our team's shift tracker last month as practice.",
    "I can get too caught up in detail. On a recent job I spent too long on the finish of one room. Now I plan each day by the hour and check the plan at lunchtime.",
]
CLOSING_GOOD = [
    "Yes, a couple. What would a good first three months look like for someone in this role? And how does the team get feedback on its work?",
    "I'd like to know more about the training. Is there a mentor for new starters, and how long before I'd be working on my own?",
    "What's the biggest challenge the team is facing this year, and how could this role help with it?",
    "Can you tell me a bit about the people I'd be working with most closely? And what do you enjoy most about working here?",
    "How do you measure success in this role after the first year? And what happened to the last person in it, did they move up?",
    "Yes, I was reading about your new site opening. How will that change the team's work over the next year?",
    "What are the shift patterns like in practice, and how far ahead is the rota planned? I want to make sure I plan my childcare properly.",
    "What does the progression route look like from this role? I noticed a few of your supervisors started on the floor.",
]
SITUATIONAL = [
    "I'd speak to them privately first and ask if something was going on, because there's often a reason. If it carried on, I'd agree clear tasks with them and, if that didn't work, talk to my supervisor.",
    "I'd stay calm, listen to the whole problem, and tell them honestly what I can do and when. If I couldn't fix it myself I'd get the right person and stay with the customer until they arrived.",
    "I'd check what's most urgent with my manager, tell the people affected about any delay straight away, and focus on the task with the biggest impact first.",
    "First I'd make sure everyone was safe, then report it to the supervisor on duty and write down exactly what happened while it was fresh.",
    "I'd ask the colleague what they'd seen and check the facts myself before saying anything. Then I'd raise it with the manager, stick to what happened and keep it confidential.",
]
SIT_Q = [
    "What would you do if a colleague wasn't pulling their weight?",
    "How would you handle a customer who is angry about a delay?",
    "What would you do if you had three urgent tasks and not enough time for all of them?",
    "What would you do if there was an accident on your shift?",
    "What would you do if you saw a colleague breaking a safety rule?",
]
