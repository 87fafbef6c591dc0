-- A store seeded by the app at commit 4ff81ef (the 2025 reference data, before content hashes), made by running
-- that commit's migrations and seeder on a fresh SQLite file and dumping it with `sqlite3 file .dump`. Edited to load
-- through Microsoft.Data.Sqlite and to stay small: the FTS5 SearchIndex is created as a plain virtual table and refilled
-- from its content rows (no writable_schema), and the seed's own audit entries are left out.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261128213249_InitialSchema','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261128221337_AuditLogArchiveAndApiTokens','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261128233632_SearchIndex','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129022604_ReadIndexes','10.0.15');
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO AspNetRoles VALUES('03c08fff-9a92-4b7f-a1dc-f8042249cd06','Reader','READER','89059a43-22bf-4e3e-b6d6-e68204b0dd0d');
INSERT INTO AspNetRoles VALUES('b3e2538d-b440-45a0-9ec1-7ed27b274eed','Editor','EDITOR','054845fa-f3a8-4a19-a69c-c7368af06110');
INSERT INTO AspNetRoles VALUES('0f90df92-f034-4a2e-8a4c-a3fb22cbf7c6','Admin','ADMIN','e0a49c27-fe3a-4e9a-8eef-c50e7eeacb0c');
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "Deadlines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deadlines" PRIMARY KEY AUTOINCREMENT,
    "ReferenceId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "OriginalDueAt" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "WhatHappens" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "IsFeatured" INTEGER NOT NULL,
    "Confidence" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL
, "ArchivedAt" TEXT NULL, "ArchivedBy" TEXT NULL);
INSERT INTO Deadlines VALUES(1,'D001','Section 301 List 1 and China''s first US$34B retaliation take effect','2018-07-06T04:00:00.0000000Z','America/New_York','25% on 818 US tariff lines (~US$34B) and China''s 25% on 545 US items start the same day. Exact clock time not in stored sources.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','03C914C7-026A-46C6-B3E3-D0FCFA23E8CF',NULL,NULL);
INSERT INTO Deadlines VALUES(2,'D002','Section 301 List 2 and China''s US$16B retaliation take effect','2018-08-23T04:00:00.0000000Z','America/New_York','25% on 279 lines (~US$16B) and China''s 25% on 333 US items.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','0A1EE4BA-19A2-4325-BC77-B4D59DEDD5BA',NULL,NULL);
INSERT INTO Deadlines VALUES(3,'D003','Section 301 List 3 (10%) and China''s US$60B retaliation take effect','2018-09-24T04:01:00.0000000Z','America/New_York','10% on ~US$200B (5,745 lines) from 12:01 a.m. EDT; China''s 5-10% on ~US$60B the same day.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','BD9E778B-AA19-436A-B0B2-6C2F3615691B',NULL,NULL);
INSERT INTO Deadlines VALUES(4,'D004','Scheduled List 3 step-up from 10% to 25%','2019-01-01T05:01:00.0000000Z','America/New_York','Rate was to rise to 25% at 12:01 a.m. EST Jan 1, 2019. Postponed after the Buenos Aires truce.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','4D84CB53-58A4-49E2-9894-D03FF566A903',NULL,NULL);
INSERT INTO Deadlines VALUES(5,'D005','End of the Buenos Aires 90-day negotiating window (List 3 hike due 12:01 a.m. EST Mar 2)','2019-03-01T05:00:00.0000000Z','America/New_York','Called a ''hard deadline'' by USTR; Trump postponed the hike on Feb 24, 2019 with no new date. It was later imposed on May 10, 2019.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','81105D68-0D22-42A5-B0C3-1EFB3C0FDDED',NULL,NULL);
INSERT INTO Deadlines VALUES(6,'D006','List 3 increase to 25% takes effect','2019-05-10T04:01:00.0000000Z','America/New_York','10%->25% on ~US$200B; goods already in transit had a grace period (see next row).','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','34923FF7-0399-4033-938B-B500A90405A8',NULL,NULL);
INSERT INTO Deadlines VALUES(7,'D007','China''s higher tariffs on the US$60B list take effect','2019-05-31T16:00:00.0000000Z','Asia/Shanghai','Rates rise to 25%, 20% or 10% on 2,493, 1,078 and 974 items; 595 items stay at 5%.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','D5BFB038-E2DB-4DA6-80D5-980106461335',NULL,NULL);
INSERT INTO Deadlines VALUES(8,'D008','Last entry date for List 3 goods exported before May 10 to keep the 10% rate','2019-06-15T04:00:00.0000000Z','America/New_York','Originally June 1, then extended to June 15, 2019. Goods entered after that pay 25%.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','3542759E-F7DC-4F4E-A060-8B6E442DE09F',NULL,NULL);
INSERT INTO Deadlines VALUES(9,'D009','Section 301 List 4A (15%) and China''s first US$75B batch take effect','2019-09-01T04:00:00.0000000Z','America/New_York','15% on List 4A (~US$120B); China adds 5-10% on its first batch the same day.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','AEA45AB2-7414-4B46-B607-A3D96A868C99',NULL,NULL);
INSERT INTO Deadlines VALUES(10,'D010','Proposed Lists 1-3 increase from 25% to 30%','2019-10-01T04:00:00.0000000Z','America/New_York','Proposed effective date for 30% on ~US$250B. On Sept 11 Trump moved it to Oct 15.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','CB155DE0-BF28-409F-815F-F87DB5826A77',NULL,NULL);
INSERT INTO Deadlines VALUES(11,'D011','Rescheduled Lists 1-3 increase to 30%','2019-10-15T04:00:00.0000000Z','America/New_York','Cancelled on Oct 11, 2019 when phase one was agreed in principle. Never took effect.','Lapsed',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','D157B209-E366-4120-9DE7-E208B93E5380',NULL,NULL);
INSERT INTO Deadlines VALUES(12,'D012','List 4B (15%) and China''s second US$75B batch plus auto tariffs','2019-12-15T05:00:00.0000000Z','America/New_York','Both sides stood down on Dec 13, 2019 under the Phase One deal; nothing took effect.','Lapsed',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','ED0D88D6-8D79-4EC0-B322-E37879CBAD41',NULL,NULL);
INSERT INTO Deadlines VALUES(13,'D013','Phase One entry into force: List 4A cut to 7.5%; China halves Sept-2019 tariffs','2020-02-14T05:01:00.0000000Z','America/New_York','List 4A 15%->7.5% from 12:01 a.m. EST; China cuts 10%->5% and 5%->2.5% on 1,717 lines.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','4830EBCA-12E3-4FB6-A341-5A440F458F87',NULL,NULL);
INSERT INTO Deadlines VALUES(14,'D014','End of Phase One two-year purchase commitment period','2021-12-31T05:00:00.0000000Z','America/New_York','China was to buy US$200B more than 2017 levels over 2020-21; PIIE found it reached only about 57% of the commitment.','Lapsed',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','1DB4776B-FA38-447A-90BE-F384C2FAE005',NULL,NULL);
INSERT INTO Deadlines VALUES(15,'D015','Four-year-review Section 301 increases (2024 step)','2024-09-27T04:00:00.0000000Z','America/New_York','EVs 100%, solar cells 50%, syringes/needles 100%, li-ion EV batteries, battery parts, critical minerals, steel/aluminum and STS cranes 25%, masks 25%.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','2ED4320F-7F82-4B81-9740-409D3670A53C',NULL,NULL);
INSERT INTO Deadlines VALUES(16,'D016','Section 301 2025 step: semiconductors 50%, tungsten 25%, wafers/polysilicon 50%, medical gloves 50%','2025-01-01T05:01:00.0000000Z','America/New_York','Tungsten/wafer/polysilicon increases applicable from 12:01 a.m. EST (89 FR 101682); other 2025 steps dated Jan 1.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','6E5175B3-B8EC-4E8E-B68E-822750B099D5',NULL,NULL);
INSERT INTO Deadlines VALUES(17,'D017','IEEPA fentanyl tariff (10%) on China takes effect','2025-02-04T05:01:00.0000000Z','America/New_York','Extra 10% on all products of China incl. Hong Kong.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','A8579362-7981-421A-9C23-6443D8FFD059',NULL,NULL);
INSERT INTO Deadlines VALUES(18,'D018','China''s counter-tariffs on US coal, LNG, crude oil, farm machinery, big cars take effect','2025-02-09T16:00:00.0000000Z','Asia/Shanghai','15% on coal/LNG; 10% on crude oil, agricultural machinery, large-displacement cars and pickups.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','474CBF6E-CAE0-45DC-8B9E-0379FAEDB319',NULL,NULL);
INSERT INTO Deadlines VALUES(19,'D019','IEEPA fentanyl tariff rises to 20%','2025-03-04T05:01:00.0000000Z','America/New_York','HTS 9903.01.24; in-transit goods shipped before Feb 1 exempt if entered before Mar 7.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','4D285114-684C-40C0-A944-F9D61424FFAE',NULL,NULL);
INSERT INTO Deadlines VALUES(20,'D020','China''s 10-15% tariffs on US farm goods take effect','2025-03-09T16:00:00.0000000Z','Asia/Shanghai','Goods shipped before Mar 10 and imported by Apr 12 exempt.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','89885DBA-3333-4A23-9B18-A6087EB40CCE',NULL,NULL);
INSERT INTO Deadlines VALUES(21,'D021','Reciprocal 10% baseline takes effect (all countries incl. China)','2025-04-05T04:01:00.0000000Z','America/New_York','First IEEPA reciprocal duty; Annex II goods excluded.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','79F9B9BF-ED83-4B66-8C52-36EC5B875A87',NULL,NULL);
INSERT INTO Deadlines VALUES(22,'D022','Country-specific reciprocal rates take effect (China 84% after EO 14259)','2025-04-09T04:01:00.0000000Z','America/New_York','China''s scheduled 34% was replaced by 84% from the same moment; IEEPA total on China 104%.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','E6415979-36F5-46F8-A4B9-DD135715D5B1',NULL,NULL);
INSERT INTO Deadlines VALUES(23,'D023','China reciprocal raised to 125%; country rates for others suspended','2025-04-10T04:01:00.0000000Z','America/New_York','IEEPA total on China 145%. For other partners the country rates paused and 10% applies until 12:01 a.m. EDT July 9.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','95C09A7C-F922-47F2-A892-2A9E1E3C3FB6',NULL,NULL);
INSERT INTO Deadlines VALUES(24,'D024','China''s 84% counter-tariff takes effect (34% superseded)','2025-04-10T04:01:00.0000000Z','Asia/Shanghai','Announcement No. 5 replaced the scheduled 34% with 84% from 12:01 p.m. Beijing time.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','D96AC485-B2C9-4B94-A807-CB6F0D07B86F',NULL,NULL);
INSERT INTO Deadlines VALUES(25,'D025','China''s counter-tariff rises to 125%','2025-04-11T16:00:00.0000000Z','Asia/Shanghai','China says it will ignore further US increases. Clock time not stated in stored sources.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','CB57B325-98F7-4F74-8200-54853EC041F9',NULL,NULL);
INSERT INTO Deadlines VALUES(26,'D026','De minimis ends for goods of China and Hong Kong','2025-05-02T04:01:00.0000000Z','America/New_York','Non-postal low-value shipments must be formally entered and pay all duties; postal items pay the specified ad valorem or per-item duty.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','47077281-3A2B-4A97-AA00-91F70CC4EFF6',NULL,NULL);
INSERT INTO Deadlines VALUES(27,'D027','US applies Geneva cut: China reciprocal 10% (24 points suspended 90 days)','2025-05-14T04:01:00.0000000Z','America/New_York','IEEPA total on China falls from 145% to 30%; China de minimis postal duty cut to 54%/US$100.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','7A764023-495E-47BC-9D0E-A2D6345252E0',NULL,NULL);
INSERT INTO Deadlines VALUES(28,'D028','China applies Geneva cut: counter-tariff 10% (24 points suspended 90 days)','2025-05-14T04:01:00.0000000Z','Asia/Shanghai','China''s rate falls from 125% to 10%.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','F244EF85-24AF-4DE3-86FC-7600CE176727',NULL,NULL);
INSERT INTO Deadlines VALUES(29,'D029','July 8 deadline: 90-day pause on reciprocal tariffs ends','2025-07-09T04:01:00.0000000Z','America/New_York','End of the 90-day reciprocal pause for other trading partners (the seed article''s ''July 8 deadline''). Country-specific rates for non-China partners would resume. Extended by EO of July 7, 2025; China was on its own separate clock.','Extended','Extended by the executive order of July 7, 2025 to 12:01 a.m. EDT, August 1, 2025; the July 31 order then set new country rates from 12:01 a.m. EDT, August 7, 2025. China''s suspension ran on its own clock (August 12, then November 10, 2025, then November 10, 2026).',1,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','36A8CACD-FC62-4388-BDE0-BE12B125DBD7',NULL,NULL);
INSERT INTO Deadlines VALUES(30,'D030','Extended pause end for other trading partners','2025-08-01T04:01:00.0000000Z','America/New_York','Superseded by the July 31 order, which set new country rates from 12:01 a.m. EDT Aug 7, 2025.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','A4ABDA24-E615-4989-8275-029EEA2E47B7',NULL,NULL);
INSERT INTO Deadlines VALUES(31,'D031','End of the US 90-day suspension of 24 reciprocal points on China','2025-08-12T04:01:00.0000000Z','America/New_York','Without extension China''s reciprocal rate would revert to 34%. EO 14334 extended the suspension.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','0843C7FE-9F93-4124-A441-CCBA23AB24C5',NULL,NULL);
INSERT INTO Deadlines VALUES(32,'D032','End of China''s 90-day suspension of 24 counter-tariff points','2025-08-12T04:01:00.0000000Z','Asia/Shanghai','China extended its suspension 90 days from 12:01 p.m. Aug 12 and later for a year from Nov 10.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','DBC186D1-147E-4C86-BCB5-22AB39B41D4A',NULL,NULL);
INSERT INTO Deadlines VALUES(33,'D033','US de minimis suspended for all countries','2025-08-29T04:01:00.0000000Z','America/New_York','All low-value shipments need entry and pay duties; postal shipments get a transitional duty method. How this interacts with the China-specific regime is not confirmed.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','D4A8AB6B-D3C1-493A-8173-877D59CAFA34',NULL,NULL);
INSERT INTO Deadlines VALUES(34,'D034','US Section 301 port fees on China-linked vessels begin','2025-10-14T04:00:00.0000000Z','America/New_York','US$50 per net ton on Chinese-owned/operated vessels and other fees. Suspended for one year from Nov 10, 2025.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','C7F070C6-3167-409C-8FE4-A1CC52B496CF',NULL,NULL);
INSERT INTO Deadlines VALUES(35,'D035','Threatened extra 100% US tariff on China (and software export controls)','2025-11-01T04:00:00.0000000Z','America/New_York','Announced Oct 10 ''or sooner''. Averted by the Kuala Lumpur framework and Busan meeting; never imposed.','Lapsed',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','8EB07826-FE8D-4B43-887D-0171473686A9',NULL,NULL);
INSERT INTO Deadlines VALUES(36,'D036','US: end of extended reciprocal suspension on China; fentanyl tariff cut takes effect','2025-11-10T05:01:00.0000000Z','America/New_York','Fentanyl IEEPA falls 20%->10%; the reciprocal suspension (10% instead of 34%) is extended one year.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','F96FC611-DAA3-4B91-AC06-67613DCB42E4',NULL,NULL);
INSERT INTO Deadlines VALUES(37,'D037','China: March farm tariffs removed; 24-point suspension continued for a year','2025-11-10T05:01:00.0000000Z','Asia/Shanghai','Up-to-15% March 4 farm tariffs end; 10% counter-tariff kept.','Met',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','4DA191C7-D8DB-4E63-8A9B-B6F8CD22AE11',NULL,NULL);
INSERT INTO Deadlines VALUES(38,'D038','Expiry of 178 Section 301 product exclusions','2025-11-29T05:00:00.0000000Z','America/New_York','Extended as part of the Busan arrangement. The USTR notice (per source) runs to 11:59 p.m. on Nov 9, 2026, stated as eastern daylight time.','Extended',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','4B5DCBF3-7799-48D2-A0A4-CCE01705F61B',NULL,NULL);
INSERT INTO Deadlines VALUES(39,'D039','China''s extraterritorial rare-earth rule (0.1% content; Announcement 61) due to apply','2025-11-30T16:00:00.0000000Z','Asia/Shanghai','Suspended for one year as part of the Busan arrangement (announced Nov 7, per Business Times); exact new date not confirmed.','Extended',NULL,0,'Uncertain','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','77CC5A43-7C62-429F-8833-987E6C605353',NULL,NULL);
INSERT INTO Deadlines VALUES(40,'D040','Section 301 2026 step-ups','2026-01-01T05:00:00.0000000Z','America/New_York','Li-ion non-EV batteries, natural graphite, permanent magnets 25%; medical gloves 100%; masks/respirators 50%; enteral syringes exclusion ends.','Pending',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','80AB51A8-9140-4316-A027-8E4F63BE5A1D',NULL,NULL);
INSERT INTO Deadlines VALUES(41,'D041','Expiry of the US one-year suspension of 24 reciprocal points on China','2026-11-10T05:01:00.0000000Z','America/New_York','Reciprocal rate on China reverts from 10% to 34% unless extended. Juno says the reduced 10% fentanyl rate also runs to this date.','Pending',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','C89390E6-6C95-4924-A02E-98428D9C6E41',NULL,NULL);
INSERT INTO Deadlines VALUES(42,'D042','End of China''s suspension of its Ga/Ge/Sb export ban to the US','2026-11-27T05:00:00.0000000Z','America/New_York','The December 2024 ban would resume unless extended.','Pending',NULL,0,'Confirmed','seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','FD074891-1DD0-4883-A1CB-5C049B2C5EEA',NULL,NULL);
CREATE TABLE IF NOT EXISTS "Economies" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Economies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL
);
INSERT INTO Economies VALUES('ABW','Aruba','America/Aruba');
INSERT INTO Economies VALUES('AFG','Afghanistan','Asia/Kabul');
INSERT INTO Economies VALUES('AGO','Angola','Africa/Luanda');
INSERT INTO Economies VALUES('AIA','Anguilla','America/Anguilla');
INSERT INTO Economies VALUES('ALA','Åland Islands','Europe/Mariehamn');
INSERT INTO Economies VALUES('ALB','Albania','Europe/Tirane');
INSERT INTO Economies VALUES('AND','Andorra','Europe/Andorra');
INSERT INTO Economies VALUES('ARE','United Arab Emirates','Asia/Dubai');
INSERT INTO Economies VALUES('ARG','Argentina','America/Argentina/Buenos_Aires');
INSERT INTO Economies VALUES('ARM','Armenia','Asia/Yerevan');
INSERT INTO Economies VALUES('ASM','American Samoa','Pacific/Pago_Pago');
INSERT INTO Economies VALUES('ATA','Antarctica','Antarctica/McMurdo');
INSERT INTO Economies VALUES('ATF','French Southern Territories','Indian/Kerguelen');
INSERT INTO Economies VALUES('ATG','Antigua & Barbuda','America/Antigua');
INSERT INTO Economies VALUES('AUS','Australia','Australia/Sydney');
INSERT INTO Economies VALUES('AUT','Austria','Europe/Vienna');
INSERT INTO Economies VALUES('AZE','Azerbaijan','Asia/Baku');
INSERT INTO Economies VALUES('BDI','Burundi','Africa/Bujumbura');
INSERT INTO Economies VALUES('BEL','Belgium','Europe/Brussels');
INSERT INTO Economies VALUES('BEN','Benin','Africa/Porto-Novo');
INSERT INTO Economies VALUES('BES','Caribbean Netherlands','America/Kralendijk');
INSERT INTO Economies VALUES('BFA','Burkina Faso','Africa/Ouagadougou');
INSERT INTO Economies VALUES('BGD','Bangladesh','Asia/Dhaka');
INSERT INTO Economies VALUES('BGR','Bulgaria','Europe/Sofia');
INSERT INTO Economies VALUES('BHR','Bahrain','Asia/Bahrain');
INSERT INTO Economies VALUES('BHS','Bahamas','America/Nassau');
INSERT INTO Economies VALUES('BIH','Bosnia & Herzegovina','Europe/Sarajevo');
INSERT INTO Economies VALUES('BLM','St. Barthélemy','America/St_Barthelemy');
INSERT INTO Economies VALUES('BLR','Belarus','Europe/Minsk');
INSERT INTO Economies VALUES('BLZ','Belize','America/Belize');
INSERT INTO Economies VALUES('BMU','Bermuda','Atlantic/Bermuda');
INSERT INTO Economies VALUES('BOL','Bolivia','America/La_Paz');
INSERT INTO Economies VALUES('BRA','Brazil','America/Sao_Paulo');
INSERT INTO Economies VALUES('BRB','Barbados','America/Barbados');
INSERT INTO Economies VALUES('BRN','Brunei','Asia/Brunei');
INSERT INTO Economies VALUES('BTN','Bhutan','Asia/Thimphu');
INSERT INTO Economies VALUES('BVT','Bouvet Island','Etc/UTC');
INSERT INTO Economies VALUES('BWA','Botswana','Africa/Gaborone');
INSERT INTO Economies VALUES('CAF','Central African Republic','Africa/Bangui');
INSERT INTO Economies VALUES('CAN','Canada','America/Toronto');
INSERT INTO Economies VALUES('CCK','Cocos (Keeling) Islands','Indian/Cocos');
INSERT INTO Economies VALUES('CHE','Switzerland','Europe/Zurich');
INSERT INTO Economies VALUES('CHL','Chile','America/Santiago');
INSERT INTO Economies VALUES('CHN','China','Asia/Shanghai');
INSERT INTO Economies VALUES('CIV','Côte d’Ivoire','Africa/Abidjan');
INSERT INTO Economies VALUES('CMR','Cameroon','Africa/Douala');
INSERT INTO Economies VALUES('COD','Congo - Kinshasa','Africa/Kinshasa');
INSERT INTO Economies VALUES('COG','Congo - Brazzaville','Africa/Brazzaville');
INSERT INTO Economies VALUES('COK','Cook Islands','Pacific/Rarotonga');
INSERT INTO Economies VALUES('COL','Colombia','America/Bogota');
INSERT INTO Economies VALUES('COM','Comoros','Indian/Comoro');
INSERT INTO Economies VALUES('CPV','Cape Verde','Atlantic/Cape_Verde');
INSERT INTO Economies VALUES('CRI','Costa Rica','America/Costa_Rica');
INSERT INTO Economies VALUES('CUB','Cuba','America/Havana');
INSERT INTO Economies VALUES('CUW','Curaçao','America/Curacao');
INSERT INTO Economies VALUES('CXR','Christmas Island','Indian/Christmas');
INSERT INTO Economies VALUES('CYM','Cayman Islands','America/Cayman');
INSERT INTO Economies VALUES('CYP','Cyprus','Asia/Nicosia');
INSERT INTO Economies VALUES('CZE','Czechia','Europe/Prague');
INSERT INTO Economies VALUES('DEU','Germany','Europe/Berlin');
INSERT INTO Economies VALUES('DJI','Djibouti','Africa/Djibouti');
INSERT INTO Economies VALUES('DMA','Dominica','America/Dominica');
INSERT INTO Economies VALUES('DNK','Denmark','Europe/Copenhagen');
INSERT INTO Economies VALUES('DOM','Dominican Republic','America/Santo_Domingo');
INSERT INTO Economies VALUES('DZA','Algeria','Africa/Algiers');
INSERT INTO Economies VALUES('ECU','Ecuador','America/Guayaquil');
INSERT INTO Economies VALUES('EGY','Egypt','Africa/Cairo');
INSERT INTO Economies VALUES('ERI','Eritrea','Africa/Asmara');
INSERT INTO Economies VALUES('ESH','Western Sahara','Africa/El_Aaiun');
INSERT INTO Economies VALUES('ESP','Spain','Europe/Madrid');
INSERT INTO Economies VALUES('EST','Estonia','Europe/Tallinn');
INSERT INTO Economies VALUES('ETH','Ethiopia','Africa/Addis_Ababa');
INSERT INTO Economies VALUES('EUN','European Union','Europe/Brussels');
INSERT INTO Economies VALUES('FIN','Finland','Europe/Helsinki');
INSERT INTO Economies VALUES('FJI','Fiji','Pacific/Fiji');
INSERT INTO Economies VALUES('FLK','Falkland Islands','Atlantic/Stanley');
INSERT INTO Economies VALUES('FRA','France','Europe/Paris');
INSERT INTO Economies VALUES('FRO','Faroe Islands','Atlantic/Faroe');
INSERT INTO Economies VALUES('FSM','Micronesia','Pacific/Chuuk');
INSERT INTO Economies VALUES('GAB','Gabon','Africa/Libreville');
INSERT INTO Economies VALUES('GBR','United Kingdom','Europe/London');
INSERT INTO Economies VALUES('GEO','Georgia','Asia/Tbilisi');
INSERT INTO Economies VALUES('GGY','Guernsey','Europe/Guernsey');
INSERT INTO Economies VALUES('GHA','Ghana','Africa/Accra');
INSERT INTO Economies VALUES('GIB','Gibraltar','Europe/Gibraltar');
INSERT INTO Economies VALUES('GIN','Guinea','Africa/Conakry');
INSERT INTO Economies VALUES('GLP','Guadeloupe','America/Guadeloupe');
INSERT INTO Economies VALUES('GMB','Gambia','Africa/Banjul');
INSERT INTO Economies VALUES('GNB','Guinea-Bissau','Africa/Bissau');
INSERT INTO Economies VALUES('GNQ','Equatorial Guinea','Africa/Malabo');
INSERT INTO Economies VALUES('GRC','Greece','Europe/Athens');
INSERT INTO Economies VALUES('GRD','Grenada','America/Grenada');
INSERT INTO Economies VALUES('GRL','Greenland','America/Nuuk');
INSERT INTO Economies VALUES('GTM','Guatemala','America/Guatemala');
INSERT INTO Economies VALUES('GUF','French Guiana','America/Cayenne');
INSERT INTO Economies VALUES('GUM','Guam','Pacific/Guam');
INSERT INTO Economies VALUES('GUY','Guyana','America/Guyana');
INSERT INTO Economies VALUES('HKG','Hong Kong SAR China','Asia/Hong_Kong');
INSERT INTO Economies VALUES('HMD','Heard & McDonald Islands','Etc/UTC');
INSERT INTO Economies VALUES('HND','Honduras','America/Tegucigalpa');
INSERT INTO Economies VALUES('HRV','Croatia','Europe/Zagreb');
INSERT INTO Economies VALUES('HTI','Haiti','America/Port-au-Prince');
INSERT INTO Economies VALUES('HUN','Hungary','Europe/Budapest');
INSERT INTO Economies VALUES('IDN','Indonesia','Asia/Jakarta');
INSERT INTO Economies VALUES('IMN','Isle of Man','Europe/Isle_of_Man');
INSERT INTO Economies VALUES('IND','India','Asia/Kolkata');
INSERT INTO Economies VALUES('IOT','British Indian Ocean Territory','Indian/Chagos');
INSERT INTO Economies VALUES('IRL','Ireland','Europe/Dublin');
INSERT INTO Economies VALUES('IRN','Iran','Asia/Tehran');
INSERT INTO Economies VALUES('IRQ','Iraq','Asia/Baghdad');
INSERT INTO Economies VALUES('ISL','Iceland','Atlantic/Reykjavik');
INSERT INTO Economies VALUES('ISR','Israel','Asia/Jerusalem');
INSERT INTO Economies VALUES('ITA','Italy','Europe/Rome');
INSERT INTO Economies VALUES('JAM','Jamaica','America/Jamaica');
INSERT INTO Economies VALUES('JEY','Jersey','Europe/Jersey');
INSERT INTO Economies VALUES('JOR','Jordan','Asia/Amman');
INSERT INTO Economies VALUES('JPN','Japan','Asia/Tokyo');
INSERT INTO Economies VALUES('KAZ','Kazakhstan','Asia/Almaty');
INSERT INTO Economies VALUES('KEN','Kenya','Africa/Nairobi');
INSERT INTO Economies VALUES('KGZ','Kyrgyzstan','Asia/Bishkek');
INSERT INTO Economies VALUES('KHM','Cambodia','Asia/Phnom_Penh');
INSERT INTO Economies VALUES('KIR','Kiribati','Pacific/Tarawa');
INSERT INTO Economies VALUES('KNA','St. Kitts & Nevis','America/St_Kitts');
INSERT INTO Economies VALUES('KOR','South Korea','Asia/Seoul');
INSERT INTO Economies VALUES('KWT','Kuwait','Asia/Kuwait');
INSERT INTO Economies VALUES('LAO','Laos','Asia/Vientiane');
INSERT INTO Economies VALUES('LBN','Lebanon','Asia/Beirut');
INSERT INTO Economies VALUES('LBR','Liberia','Africa/Monrovia');
INSERT INTO Economies VALUES('LBY','Libya','Africa/Tripoli');
INSERT INTO Economies VALUES('LCA','St. Lucia','America/St_Lucia');
INSERT INTO Economies VALUES('LIE','Liechtenstein','Europe/Vaduz');
INSERT INTO Economies VALUES('LKA','Sri Lanka','Asia/Colombo');
INSERT INTO Economies VALUES('LSO','Lesotho','Africa/Maseru');
INSERT INTO Economies VALUES('LTU','Lithuania','Europe/Vilnius');
INSERT INTO Economies VALUES('LUX','Luxembourg','Europe/Luxembourg');
INSERT INTO Economies VALUES('LVA','Latvia','Europe/Riga');
INSERT INTO Economies VALUES('MAC','Macao SAR China','Asia/Macau');
INSERT INTO Economies VALUES('MAF','St. Martin','America/Marigot');
INSERT INTO Economies VALUES('MAR','Morocco','Africa/Casablanca');
INSERT INTO Economies VALUES('MCO','Monaco','Europe/Monaco');
INSERT INTO Economies VALUES('MDA','Moldova','Europe/Chisinau');
INSERT INTO Economies VALUES('MDG','Madagascar','Indian/Antananarivo');
INSERT INTO Economies VALUES('MDV','Maldives','Indian/Maldives');
INSERT INTO Economies VALUES('MEX','Mexico','America/Mexico_City');
INSERT INTO Economies VALUES('MHL','Marshall Islands','Pacific/Majuro');
INSERT INTO Economies VALUES('MKD','North Macedonia','Europe/Skopje');
INSERT INTO Economies VALUES('MLI','Mali','Africa/Bamako');
INSERT INTO Economies VALUES('MLT','Malta','Europe/Malta');
INSERT INTO Economies VALUES('MMR','Myanmar (Burma)','Asia/Yangon');
INSERT INTO Economies VALUES('MNE','Montenegro','Europe/Podgorica');
INSERT INTO Economies VALUES('MNG','Mongolia','Asia/Ulaanbaatar');
INSERT INTO Economies VALUES('MNP','Northern Mariana Islands','Pacific/Saipan');
INSERT INTO Economies VALUES('MOZ','Mozambique','Africa/Maputo');
INSERT INTO Economies VALUES('MRT','Mauritania','Africa/Nouakchott');
INSERT INTO Economies VALUES('MSR','Montserrat','America/Montserrat');
INSERT INTO Economies VALUES('MTQ','Martinique','America/Martinique');
INSERT INTO Economies VALUES('MUS','Mauritius','Indian/Mauritius');
INSERT INTO Economies VALUES('MWI','Malawi','Africa/Blantyre');
INSERT INTO Economies VALUES('MYS','Malaysia','Asia/Kuala_Lumpur');
INSERT INTO Economies VALUES('MYT','Mayotte','Indian/Mayotte');
INSERT INTO Economies VALUES('NAM','Namibia','Africa/Windhoek');
INSERT INTO Economies VALUES('NCL','New Caledonia','Pacific/Noumea');
INSERT INTO Economies VALUES('NER','Niger','Africa/Niamey');
INSERT INTO Economies VALUES('NFK','Norfolk Island','Pacific/Norfolk');
INSERT INTO Economies VALUES('NGA','Nigeria','Africa/Lagos');
INSERT INTO Economies VALUES('NIC','Nicaragua','America/Managua');
INSERT INTO Economies VALUES('NIU','Niue','Pacific/Niue');
INSERT INTO Economies VALUES('NLD','Netherlands','Europe/Amsterdam');
INSERT INTO Economies VALUES('NOR','Norway','Europe/Oslo');
INSERT INTO Economies VALUES('NPL','Nepal','Asia/Kathmandu');
INSERT INTO Economies VALUES('NRU','Nauru','Pacific/Nauru');
INSERT INTO Economies VALUES('NZL','New Zealand','Pacific/Auckland');
INSERT INTO Economies VALUES('OMN','Oman','Asia/Muscat');
INSERT INTO Economies VALUES('PAK','Pakistan','Asia/Karachi');
INSERT INTO Economies VALUES('PAN','Panama','America/Panama');
INSERT INTO Economies VALUES('PCN','Pitcairn Islands','Pacific/Pitcairn');
INSERT INTO Economies VALUES('PER','Peru','America/Lima');
INSERT INTO Economies VALUES('PHL','Philippines','Asia/Manila');
INSERT INTO Economies VALUES('PLW','Palau','Pacific/Palau');
INSERT INTO Economies VALUES('PNG','Papua New Guinea','Pacific/Port_Moresby');
INSERT INTO Economies VALUES('POL','Poland','Europe/Warsaw');
INSERT INTO Economies VALUES('PRI','Puerto Rico','America/Puerto_Rico');
INSERT INTO Economies VALUES('PRK','North Korea','Asia/Pyongyang');
INSERT INTO Economies VALUES('PRT','Portugal','Europe/Lisbon');
INSERT INTO Economies VALUES('PRY','Paraguay','America/Asuncion');
INSERT INTO Economies VALUES('PSE','Palestinian Territories','Asia/Gaza');
INSERT INTO Economies VALUES('PYF','French Polynesia','Pacific/Tahiti');
INSERT INTO Economies VALUES('QAT','Qatar','Asia/Qatar');
INSERT INTO Economies VALUES('REU','Réunion','Indian/Reunion');
INSERT INTO Economies VALUES('ROU','Romania','Europe/Bucharest');
INSERT INTO Economies VALUES('RUS','Russia','Europe/Moscow');
INSERT INTO Economies VALUES('RWA','Rwanda','Africa/Kigali');
INSERT INTO Economies VALUES('SAU','Saudi Arabia','Asia/Riyadh');
INSERT INTO Economies VALUES('SDN','Sudan','Africa/Khartoum');
INSERT INTO Economies VALUES('SEN','Senegal','Africa/Dakar');
INSERT INTO Economies VALUES('SGP','Singapore','Asia/Singapore');
INSERT INTO Economies VALUES('SGS','South Georgia & South Sandwich Islands','Atlantic/South_Georgia');
INSERT INTO Economies VALUES('SHN','St. Helena','Atlantic/St_Helena');
INSERT INTO Economies VALUES('SJM','Svalbard & Jan Mayen','Arctic/Longyearbyen');
INSERT INTO Economies VALUES('SLB','Solomon Islands','Pacific/Guadalcanal');
INSERT INTO Economies VALUES('SLE','Sierra Leone','Africa/Freetown');
INSERT INTO Economies VALUES('SLV','El Salvador','America/El_Salvador');
INSERT INTO Economies VALUES('SMR','San Marino','Europe/San_Marino');
INSERT INTO Economies VALUES('SOM','Somalia','Africa/Mogadishu');
INSERT INTO Economies VALUES('SPM','St. Pierre & Miquelon','America/Miquelon');
INSERT INTO Economies VALUES('SRB','Serbia','Europe/Belgrade');
INSERT INTO Economies VALUES('SSD','South Sudan','Africa/Juba');
INSERT INTO Economies VALUES('STP','São Tomé & Príncipe','Africa/Sao_Tome');
INSERT INTO Economies VALUES('SUR','Suriname','America/Paramaribo');
INSERT INTO Economies VALUES('SVK','Slovakia','Europe/Bratislava');
INSERT INTO Economies VALUES('SVN','Slovenia','Europe/Ljubljana');
INSERT INTO Economies VALUES('SWE','Sweden','Europe/Stockholm');
INSERT INTO Economies VALUES('SWZ','Eswatini','Africa/Mbabane');
INSERT INTO Economies VALUES('SXM','Sint Maarten','America/Lower_Princes');
INSERT INTO Economies VALUES('SYC','Seychelles','Indian/Mahe');
INSERT INTO Economies VALUES('SYR','Syria','Asia/Damascus');
INSERT INTO Economies VALUES('TCA','Turks & Caicos Islands','America/Grand_Turk');
INSERT INTO Economies VALUES('TCD','Chad','Africa/Ndjamena');
INSERT INTO Economies VALUES('TGO','Togo','Africa/Lome');
INSERT INTO Economies VALUES('THA','Thailand','Asia/Bangkok');
INSERT INTO Economies VALUES('TJK','Tajikistan','Asia/Dushanbe');
INSERT INTO Economies VALUES('TKL','Tokelau','Pacific/Fakaofo');
INSERT INTO Economies VALUES('TKM','Turkmenistan','Asia/Ashgabat');
INSERT INTO Economies VALUES('TLS','Timor-Leste','Asia/Dili');
INSERT INTO Economies VALUES('TON','Tonga','Pacific/Tongatapu');
INSERT INTO Economies VALUES('TTO','Trinidad & Tobago','America/Port_of_Spain');
INSERT INTO Economies VALUES('TUN','Tunisia','Africa/Tunis');
INSERT INTO Economies VALUES('TUR','Turkey','Europe/Istanbul');
INSERT INTO Economies VALUES('TUV','Tuvalu','Pacific/Funafuti');
INSERT INTO Economies VALUES('TWN','Taiwan','Asia/Taipei');
INSERT INTO Economies VALUES('TZA','Tanzania','Africa/Dar_es_Salaam');
INSERT INTO Economies VALUES('UGA','Uganda','Africa/Kampala');
INSERT INTO Economies VALUES('UKR','Ukraine','Europe/Kyiv');
INSERT INTO Economies VALUES('UMI','U.S. Outlying Islands','Pacific/Midway');
INSERT INTO Economies VALUES('URY','Uruguay','America/Montevideo');
INSERT INTO Economies VALUES('USA','United States','America/New_York');
INSERT INTO Economies VALUES('UZB','Uzbekistan','Asia/Samarkand');
INSERT INTO Economies VALUES('VAT','Vatican City','Europe/Vatican');
INSERT INTO Economies VALUES('VCT','St. Vincent & Grenadines','America/St_Vincent');
INSERT INTO Economies VALUES('VEN','Venezuela','America/Caracas');
INSERT INTO Economies VALUES('VGB','British Virgin Islands','America/Tortola');
INSERT INTO Economies VALUES('VIR','U.S. Virgin Islands','America/St_Thomas');
INSERT INTO Economies VALUES('VNM','Vietnam','Asia/Ho_Chi_Minh');
INSERT INTO Economies VALUES('VUT','Vanuatu','Pacific/Efate');
INSERT INTO Economies VALUES('WLF','Wallis & Futuna','Pacific/Wallis');
INSERT INTO Economies VALUES('WSM','Samoa','Pacific/Apia');
INSERT INTO Economies VALUES('YEM','Yemen','Asia/Aden');
INSERT INTO Economies VALUES('ZAF','South Africa','Africa/Johannesburg');
INSERT INTO Economies VALUES('ZMB','Zambia','Africa/Lusaka');
INSERT INTO Economies VALUES('ZWE','Zimbabwe','Africa/Harare');
CREATE TABLE IF NOT EXISTS "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "ReferenceId" TEXT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Location" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "Confidence" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Participants" TEXT NULL
, "ArchivedAt" TEXT NULL, "ArchivedBy" TEXT NULL);
INSERT INTO Events VALUES(1,'E001','2017-08-18',NULL,'Announcement','USTR opens Section 301 investigation of China''s technology-transfer and IP practices','Washington, DC','At the President''s direction USTR launched the Section 301 probe that later underpinned Lists 1-4.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','2D6AD75D-D810-4810-8CDA-D2CA1C96FE4A','[{"Name":"Robert Lighthizer","Role":"USTR","Side":"USA"},{"Name":"Donald Trump","Role":"US President, directed the probe","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(2,'E002','2018-03-22',NULL,'Announcement','Section 301 findings; tariffs proposed on ~US$50B of Chinese goods','Washington, DC','USTR found China''s IP and tech-transfer practices harmful and proposed 25% tariffs on about US$50B of imports.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','6FA41059-E06B-49FB-809C-5E8A54D405EA','[{"Name":"Robert Lighthizer","Role":"USTR","Side":"USA"},{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(3,'E003','2018-04-02',NULL,'Retaliation','China imposes 15%/25% tariffs on 128 US products over Section 232 metals tariffs','Beijing','China''s first retaliation hit pork and aluminum scrap at 25% and fruit, nuts, wine and steel pipe at 15%, about US$3B of trade.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','46E9EC8C-9078-434F-92DC-233C907F40F8','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(4,'E004','2018-05-17','2018-05-19','NegotiationRound','Washington consultations end with joint statement','Washington, DC','Two days of talks produced a May 19 joint statement pledging larger Chinese purchases; Mnuchin then said the trade war was ''on hold'', a pause that did not last.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','4135EE1A-3B90-4F0D-95C2-B9AE92C7A10D','[{"Name":"Liu He","Role":"Vice Premier, Xi\u0027s special envoy","Side":"CHN"},{"Name":"Steven Mnuchin","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Wilbur Ross","Role":"US Commerce Secretary","Side":"USA"},{"Name":"Robert Lighthizer","Role":"USTR","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(5,'E005','2018-06-15',NULL,'Announcement','USTR finalizes List 1 (818 lines, 25%) for July 6 and proposes List 2','Washington, DC','USTR confirmed 25% tariffs on 818 lines (~US$34B) from July 6 and floated a second ~US$16B list for comment.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','234C50C7-C4DF-47CD-B70C-EFBB09D3B83A','[{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(6,'E006','2018-06-15',NULL,'Retaliation','China announces 25% tariffs on 659 US items (~US$50B), 545 items from July 6','Beijing','China matched the US list with 25% tariffs on farm goods, autos and seafood, the first 545 items timed to July 6.','Uncertain','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','C508D03F-5C88-4253-88F2-1851F91D4576','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(7,'E007','2018-07-06',NULL,'Retaliation','First Section 301 tariffs and China''s mirror tariffs take effect','Washington / Beijing','Both sides'' 25% tariffs on US$34B of each other''s goods took effect the same day, opening the tariff war.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','3A36E406-A809-48E5-8206-2E7C257B2B97','[{"Name":"USTR","Role":"","Side":"USA"},{"Name":"Customs Tariff Commission","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(8,'E008','2018-08-07',NULL,'Announcement','USTR finalizes List 2 (279 lines) effective Aug 23','Washington, DC','USTR trimmed the second list from 284 to 279 lines (~US$16B) for 25% tariffs from August 23.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','836D05AB-6D44-4EA1-957F-D1254D1B56C3','[{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(9,'E009','2018-08-08',NULL,'Retaliation','China sets 25% tariffs on US$16B of US goods from Aug 23','Beijing','China answered List 2 with 25% tariffs on 333 US items, also from August 23.','Uncertain','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','4F104527-A94B-48D2-A57A-1799B0171C85','[{"Name":"MOFCOM","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(10,'E010','2018-09-17',NULL,'Announcement','Trump announces List 3: 10% on US$200B from Sept 24, 25% from Jan 1','Washington, DC','The third tranche was set at 10% from September 24, due to rise to 25% on January 1, 2019.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','660999E7-9B20-47C2-A12A-966D7B0F1F37','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(11,'E011','2018-09-18',NULL,'Retaliation','China announces 5-10% tariffs on US$60B of US goods from Sept 24','Beijing','China put 5% or 10% tariffs on about 5,200 US items, timed to the US List 3 start.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','BFB5FCF7-544C-4148-933B-7AE88FF5D00F','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(12,'E012','2018-12-01',NULL,'Agreement','Buenos Aires G20 dinner: 90-day truce','Buenos Aires, Argentina','The US agreed to keep List 3 at 10% instead of raising it on January 1 while both sides negotiated for 90 days.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','4DE31B2E-1CA6-44CD-8C6B-E216ECED4BF5','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Xi Jinping","Role":"Chinese President","Side":"CHN"},{"Name":"Wang Yi","Role":"State Councilor/Foreign Minister, briefed press","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(13,'E013','2019-02-24',NULL,'Announcement','Trump delays the List 3 increase citing progress in talks','Washington, DC','The hike to 25% due March 2, 2019 was postponed with no new date set.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','09A5667F-AF66-4682-97FB-BE2320AF5C63','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(14,'E014','2019-05-05',NULL,'Announcement','Trump says List 3 will rise to 25% on May 10','Washington, DC','Citing slow talks, Trump announced the List 3 increase and threatened tariffs on the remaining ~US$325B of imports.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','9FFC09DC-2F12-49B5-BF81-B1E10F65AE92','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(15,'E015','2019-05-09','2019-05-10','NegotiationRound','Washington round ends without a deal','Washington, DC','Talks broke off on May 10, the same day the US raised List 3 to 25%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','1B8A9511-2275-4234-990D-8996C1A3EB76','[{"Name":"Liu He","Role":"Vice Premier, China","Side":"CHN"},{"Name":"US negotiators","Role":"not named in stored source","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(16,'E016','2019-05-13',NULL,'Retaliation','China raises tariffs on the US$60B list from June 1','Beijing','China moved items on its 2018 US$60B list to 25%, 20% or 10%, with 595 items kept at 5%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','1AE5C1B7-1198-4ED2-BBA9-4F5C7B987B9C','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(17,'E017','2019-06-29',NULL,'Agreement','Osaka G20: Trump and Xi agree to resume talks and hold off new tariffs','Osaka, Japan','Talks restarted and the US shelved the threatened tariffs on the remaining ~US$300B of imports for the time being.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','C008E1FB-95C4-40F9-AD9A-3A5813ADD6B1','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Xi Jinping","Role":"Chinese President","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(18,'E018','2019-07-30','2019-07-31','NegotiationRound','Shanghai round','Shanghai, China','The White House called the talks constructive but they produced no breakthrough.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','2DC2555B-8F72-4BD1-8B4E-B6F90BF5A0E3','[{"Name":"Steven Mnuchin","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Robert Lighthizer","Role":"USTR","Side":"USA"},{"Name":"Chinese delegation","Role":"not named in stored source","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(19,'E019','2019-08-01',NULL,'Announcement','Trump tweets 10% tariff on remaining US$300B from Sept 1','Washington, DC','Trump said the US would tax the remaining ~US$300B of Chinese goods at 10% from September 1, citing unmet purchase and fentanyl pledges.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','776EC54E-8953-4201-8A2C-013D7C8E4458','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(20,'E020','2019-08-13',NULL,'Announcement','USTR splits List 4 into 4A (Sept 1) and 4B (Dec 15)','Washington, DC','Phones, laptops, consoles, some toys and apparel were deferred to December 15 (List 4B); the rest took effect September 1 (List 4A).','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','6CD501EE-02EB-4485-8247-9948FAC7F832','[{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(21,'E021','2019-08-23',NULL,'Retaliation','China targets US$75B of US goods and revives auto tariffs; US raises planned rates','Beijing / Washington','China set 5-10% tariffs in two batches and a 25% car tariff for December 15; the US answered by lifting Lists 1-3 to a planned 30% and List 4 to 15%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','7434B750-063C-426C-8AF6-EA42475F890D','[{"Name":"Customs Tariff Commission","Role":"China","Side":"CHN"},{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(22,'E022','2019-10-10','2019-10-11','NegotiationRound','Washington round: ''phase one'' agreed in principle; Oct 15 hike cancelled','Washington, DC','Trump announced an unwritten phase one deal covering IP, financial services and farm purchases, and cancelled the October 15 increase.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','E5891A2D-0191-43AF-BB03-7DB796F86AB9','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Liu He","Role":"Vice Premier","Side":"CHN"},{"Name":"Steven Mnuchin","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Robert Lighthizer","Role":"USTR","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(23,'E023','2019-12-13',NULL,'Agreement','Phase One deal announced','Washington / Beijing','The US cancelled the December 15 List 4B tariffs and agreed to halve List 4A to 7.5%; China cancelled its December 15 tariffs.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','CCDEDFBE-B750-4DBA-9B73-AA4AA8B69FB0','[{"Name":"USTR","Role":"","Side":"USA"},{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Chinese government","Role":"","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(24,'E024','2020-01-15',NULL,'Agreement','Phase One agreement signed','White House, Washington, DC','The signed deal committed China to buy at least US$200B more US goods and services over 2020-2021, with IP, tech-transfer and currency chapters.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','EEF585B5-FBDF-4B31-8B75-DD9F2635DBCF','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Liu He","Role":"Vice Premier","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(25,'E025','2020-02-06',NULL,'Announcement','China halves tariffs on part of the US$75B list from Feb 14','Beijing','China cut 1,717 September-2019 tariff lines from 10% to 5% and from 5% to 2.5%, matching the US List 4A cut.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','2272ABEB-7241-4130-A8C4-D4F117A79571','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(26,'E026','2020-02-14',NULL,'Agreement','Phase One enters into force','Washington / Beijing','List 4A fell to 7.5% and China''s halving took effect; PIIE put average US tariffs on China at 19.3% and China''s on the US at 20.3%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','0A366BCF-E106-42B1-8129-8F2153ADDEBC','[{"Name":"USTR","Role":"","Side":"USA"},{"Name":"Customs Tariff Commission","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(27,'E027','2022-02-08',NULL,'DataRelease','PIIE: China met only ~57% of Phase One purchase commitments','Washington, DC','Final 2021 data showed China bought about 57% of committed goods and services (about 60% for goods alone), below even pre-war 2017 levels.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','672D28DD-7B82-4A62-BD54-3281509EC1D9','[{"Name":"Chad Bown","Role":"PIIE","Side":""}]',NULL,NULL);
INSERT INTO Events VALUES(28,'E028','2022-10-07',NULL,'ExportControl','BIS imposes advanced-computing and chipmaking-equipment controls on China','Washington, DC','New rules restricted exports of advanced AI chips, supercomputer items and semiconductor manufacturing equipment to China.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','A633D892-A9D5-4004-9575-D4008C47A10E','[{"Name":"US Bureau of Industry and Security","Role":"Commerce","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(29,'E029','2023-07-03',NULL,'ExportControl','China announces gallium and germanium export licensing from Aug 1','Beijing','Exports of listed gallium and germanium items came to need MOFCOM licenses from August 1, 2023.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','BFA71A6F-FC90-4958-AE75-1A14B699BD4A','[{"Name":"MOFCOM","Role":"","Side":"CHN"},{"Name":"General Administration of Customs","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(30,'E030','2023-10-25',NULL,'ExportControl','BIS publishes updated chip and equipment rules','Washington, DC','Two interim final rules tightened the October 2022 controls on advanced chips and chipmaking tools. An earlier announcement date (believed to be Oct 17) could not be confirmed from stored sources, so the publication date is used.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','43CA3672-5C25-4842-BE5D-0CFC6884EDD5','[{"Name":"US Bureau of Industry and Security","Role":"Commerce","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(31,'E031','2024-05-14',NULL,'Announcement','Biden orders Section 301 increases on ~US$18B of imports (EVs to 100%)','Washington, DC','The four-year review kept all existing Section 301 tariffs and raised rates on EVs, batteries, chips, solar cells, steel and aluminum, cranes and medical products.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','D395BF6C-9223-4340-8019-AE01BF88C5D3','[{"Name":"Joe Biden","Role":"US President","Side":"USA"},{"Name":"Katherine Tai","Role":"USTR","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(32,'E032','2024-09-13',NULL,'Announcement','USTR finalizes four-year-review increases (2024 step from Sept 27)','Washington, DC','Final rates largely followed the May proposal, with higher rates for syringes, gloves and masks; 2025 and 2026 steps start January 1 of each year.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','8859B8FF-7A90-48E5-AAE9-2B1181C523DD','[{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(33,'E033','2024-12-02',NULL,'ExportControl','BIS adds HBM controls, new foreign-direct-product rules and 140 entities','Washington, DC','The package covered 24 kinds of chipmaking equipment, high-bandwidth memory and 140 new Entity List additions.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','EB1C9AEE-6515-42CA-9BE6-8138F1C28628','[{"Name":"US Bureau of Industry and Security","Role":"Commerce","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(34,'E034','2024-12-03',NULL,'ExportControl','China bans gallium, germanium, antimony and superhard-material exports to the US','Beijing','A day after the BIS rules, China said such dual-use exports to the US would in principle not be permitted, and it tightened graphite reviews.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','CDC8AD2D-0438-4F92-9589-4A5FA8464079','[{"Name":"MOFCOM","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(35,'E035','2024-12-11',NULL,'Announcement','USTR raises tariffs on tungsten (25%) and wafers/polysilicon (50%) from Jan 1, 2025','Washington, DC','This concluded the four-year review with five more tariff lines.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','18BCBB9D-C4F9-47DA-A1E2-2B83380178C7','[{"Name":"Katherine Tai","Role":"USTR","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(36,'E036','2024-12-23',NULL,'Announcement','USTR opens Section 301 probe into China''s legacy semiconductors','Washington, DC','The probe covers foundational chips and wafers and was handed to the incoming administration.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','5A700D4B-9B40-44CC-8F7F-E13C77EF3DCD','[{"Name":"Katherine Tai","Role":"USTR","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(37,'E037','2025-01-17',NULL,'LeadersCall','Trump-Xi phone call before inauguration','Phone','Later cited by He Lifeng at Geneva as the leaders'' consensus that talks should implement.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B0F648F2-461F-4DF7-ABD1-10209EC71C41','[{"Name":"Donald Trump","Role":"US President-elect","Side":"USA"},{"Name":"Xi Jinping","Role":"Chinese President","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(38,'E038','2025-02-01',NULL,'Announcement','EO 14195: 10% IEEPA ''fentanyl'' tariff on China from Feb 4','Washington, DC','Trump declared an emergency over synthetic opioids and imposed an extra 10% on all Chinese goods from 12:01 a.m. ET February 4.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','27B923C7-E3E6-4F49-8222-7886FF7A53C1','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(39,'E039','2025-02-04',NULL,'ExportControl','China adds export controls on tungsten, tellurium, bismuth, molybdenum and related items','Beijing','These controls came in the same February 4 retaliation package as the tariffs.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','9B1C04C5-10B2-46B1-BB9D-DC079B930FD2','[{"Name":"MOFCOM","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(40,'E040','2025-02-04',NULL,'Retaliation','China sets 10-15% tariffs on US energy, farm machinery and big cars from Feb 10','Beijing','Coal and LNG got 15%; crude oil, farm machinery, large-engine cars and pickups got 10%. China also filed a WTO complaint.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','90BCCDBE-ED5C-487D-A9A5-C8578C9BBC76','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(41,'E041','2025-02-05',NULL,'Announcement','End of de minimis for Chinese goods paused until CBP systems are ready','Washington, DC','An amendment to EO 14195 restored duty-free de minimis treatment until collection systems were in place. Press reports date the pause February 7.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','EEBE0FEA-C98B-4CC0-87C6-D14E18E5C2F1','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(42,'E042','2025-03-03',NULL,'Announcement','EO 14228 doubles the fentanyl tariff to 20% from Mar 4','Washington, DC','Trump said China had not done enough on fentanyl and raised the IEEPA rate from 10% to 20%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','25A7CDAB-C42F-4197-96B8-D87557F26C46','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(43,'E043','2025-03-04',NULL,'Retaliation','China sets 10-15% tariffs on US farm goods from Mar 10','Beijing','Chicken, wheat, corn and cotton got 15%; soybeans, sorghum, pork, beef, seafood, fruit, vegetables and dairy got 10%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B13DB282-824C-4895-A5C6-890FFC202A3D','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(44,'E044','2025-04-02',NULL,'Announcement','''Liberation Day'' reciprocal tariffs: 10% baseline Apr 5, 34% on China Apr 9','White House Rose Garden, Washington, DC','EO 14257 set a 10% global baseline and country rates (China 34%); a separate order ended de minimis for China and Hong Kong from May 2.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','3A3FFED5-8075-4D10-9613-9CF28A461DC7','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(45,'E045','2025-04-04',NULL,'ExportControl','China requires licenses for seven medium/heavy rare earths incl. samarium','Beijing','Announcement No. 18 put samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium (incl. samarium-cobalt magnet materials) under export licensing, effective immediately.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','8CBE717C-027F-49DE-948F-533395EDAB26','[{"Name":"MOFCOM","Role":"","Side":"CHN"},{"Name":"General Administration of Customs","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(46,'E046','2025-04-04',NULL,'Retaliation','China announces 34% on all US goods from Apr 10','Beijing','China answered the reciprocal tariff with a matching across-the-board 34% rate.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','DB7A3BC5-D724-44F8-9D8D-2E9B812AF808','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(47,'E047','2025-04-08',NULL,'Announcement','EO 14259 raises China''s reciprocal rate to 84% from Apr 9','Washington, DC','After China''s 34% retaliation the US added 50 points, taking the IEEPA total to 104%, and raised China de minimis postal duties.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','FEEE0FB4-3EEB-427B-8A19-E96CC17DA45C','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(48,'E048','2025-04-09',NULL,'Announcement','EO 14266: China reciprocal to 125%; 90-day pause for other partners','Washington, DC','From 12:01 a.m. EDT April 10 China faced 125% (145% with fentanyl), while other countries'' country rates were paused until July 9.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','AF2B0265-93F8-487C-B597-E1107FFAE4B7','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(49,'E049','2025-04-09',NULL,'Retaliation','China raises its counter-tariff to 84% from Apr 10','Beijing','Announcement No. 5 replaced 34% with 84% from 12:01 p.m. Beijing time April 10.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','E1E5C6C7-8692-43B3-A08A-B4EE26271526','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(50,'E050','2025-04-11',NULL,'Announcement','Smartphones, computers and chips exempted from reciprocal tariffs','Washington, DC','A memorandum listed about 20 HTS headings (e.g. 8471, 8517.13, 8542) as excluded from reciprocal duties, retroactive to April 5.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','28595051-C356-4D53-86A7-75EC98AE4940','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(51,'E051','2025-04-11',NULL,'Retaliation','China raises its counter-tariff to 125% from Apr 12 and says it will ignore further hikes','Beijing','Beijing matched the 125% and said US goods were no longer marketable at these levels.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','647BF528-13FD-41FD-9074-05AE60065087','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(52,'E052','2025-05-10','2025-05-11','NegotiationRound','Geneva talks','Geneva (Cologny), Switzerland - residence of Switzerland''s UN ambassador','The first face-to-face US-China meeting since tariffs passed 100% ran over two days at a private Swiss villa.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B746342E-75FD-40ED-AB00-07008B6FF35D','[{"Name":"Scott Bessent","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Jamieson Greer","Role":"USTR","Side":"USA"},{"Name":"He Lifeng","Role":"Vice Premier, China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(53,'E053','2025-05-12',NULL,'Agreement','Geneva joint statement: reciprocal tariffs cut to 10% for 90 days','Geneva, Switzerland','Both sides suspended 24 points of their April rates for 90 days, kept 10%, scrapped the later increases, and set up a consultation mechanism. The US applied it by EO 14298 from May 14.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','1EBBE421-78C8-4975-9266-AC8F01C67988','[{"Name":"Governments of the US and China","Role":"","Side":"CHN"},{"Name":"He Lifeng","Role":"Vice Premier","Side":"CHN"},{"Name":"Scott Bessent","Role":"Treasury Secretary","Side":"USA"},{"Name":"Jamieson Greer","Role":"USTR","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(54,'E054','2025-05-13',NULL,'Announcement','China sets 10% rate from 12:01 p.m. May 14','Beijing','China cut its 34% to 10% for 90 days and cancelled the extra 91 points added in April.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','353BA927-313F-46AA-8AAE-685E75486DE1','[{"Name":"Ministry of Finance / Customs Tariff Commission","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(55,'E055','2025-05-14',NULL,'DataRelease','PIIE: average tariffs after Geneva - US on China 51.1%, China on US 32.6%','Washington, DC','PIIE said average US tariffs on China peaked at 126.5% in early May before the Geneva cuts took effect May 14 (an earlier update cited 124.1%).','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','A27819BB-CF6C-4A38-94BC-C6DA41B2F130','[{"Name":"Chad Bown","Role":"PIIE","Side":""}]',NULL,NULL);
INSERT INTO Events VALUES(56,'E056','2025-06-05',NULL,'LeadersCall','Trump-Xi call (~90 minutes); new talks agreed','Phone','Trump said rare-earth questions should be settled and that Bessent, Lutnick and Greer would meet Chinese officials soon.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','878C6678-9C0F-43AC-BB0C-25D2E97B799D','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Xi Jinping","Role":"Chinese President","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(57,'E057','2025-06-09',NULL,'DataRelease','China May 2025 trade data: exports +4.8% y/y, imports -3.4%, exports to US about -35%','Beijing','Exports to the US were US$28.8B against US$44B a year earlier (CNBC: -34.5%). The seed article''s ''exports fell 3.4%'' matches the import decline, not exports.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','3458C969-9278-4B9F-B469-A7CCD46F2CE7','[{"Name":"General Administration of Customs","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(58,'E058','2025-06-09','2025-06-10','NegotiationRound','London talks (first meeting of the China-US economic and trade consultation mechanism)','Lancaster House, London, UK','This was the first round since Geneva and focused on rare earths and export controls; talks ran into a second day on June 10.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','3E926F4A-4CCA-414B-8164-6E8A6769E8AD','[{"Name":"Scott Bessent","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Howard Lutnick","Role":"US Commerce Secretary","Side":"USA"},{"Name":"Jamieson Greer","Role":"USTR","Side":"USA"},{"Name":"He Lifeng","Role":"Vice Premier, China","Side":"CHN"},{"Name":"Wang Wentao","Role":"Commerce Minister, China","Side":"CHN"},{"Name":"Li Chenggang","Role":"China International Trade Representative","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(59,'E059','2025-06-10',NULL,'Agreement','London framework to implement the Geneva consensus','London, UK','The sides agreed in principle on a framework to implement the June 5 call and the Geneva outcome, pending sign-off by both presidents.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','4EB52E45-3CEA-4BDF-804B-233D18061DFA','[{"Name":"He Lifeng","Role":"Vice Premier","Side":"CHN"},{"Name":"Scott Bessent","Role":"","Side":""},{"Name":"Howard Lutnick","Role":"","Side":""},{"Name":"Jamieson Greer","Role":"","Side":""},{"Name":"Li Chenggang","Role":"","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(60,'E060','2025-06-11',NULL,'Announcement','Trump says the China deal is ''done'': 55% US vs 10% China','Washington, DC','The White House said the 55% stacks 10% reciprocal, 20% fentanyl and 25% Section 301; China keeps 10%.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','4365EA8D-4FCB-41F9-AE9F-9B479A57BB67','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(61,'E061','2025-07-07',NULL,'Announcement','July 9 pause expiry for other partners pushed to Aug 1','Washington, DC','An EO moved the end of the non-China pause from 12:01 a.m. EDT July 9 to August 1; the separate China suspension was unchanged.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','AAA3562D-24CB-4CE4-9F7F-80E496BD3A84','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(62,'E062','2025-07-28','2025-07-29','NegotiationRound','Stockholm talks','Rosenbad (Swedish PM''s office), Stockholm, Sweden','The sides called the talks constructive and agreed to seek a further extension of the truce due to expire August 12, subject to Trump''s approval.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','816E96C5-52C5-4919-8A08-73437E961F45','[{"Name":"Scott Bessent","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Jamieson Greer","Role":"USTR","Side":"USA"},{"Name":"He Lifeng","Role":"Vice Premier, China","Side":"CHN"},{"Name":"Li Chenggang","Role":"China trade negotiator","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(63,'E063','2025-07-31',NULL,'Announcement','New reciprocal rates for other partners effective Aug 7','Washington, DC','The July 31 order replaced the paused April rates for non-China partners from 12:01 a.m. EDT August 7; China''s rate stayed under its own suspension.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','56B30C28-2324-4FB9-8027-C512805C27B8','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(64,'E064','2025-08-11',NULL,'Announcement','EO 14334 extends China''s 24-point suspension to Nov 10','Washington, DC','The pause due to end 12:01 a.m. EDT August 12 was extended to 12:01 a.m. EST November 10, 2025.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','D527EC37-042E-4EFA-B476-88E9D8ACD0DA','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(65,'E065','2025-08-12',NULL,'Announcement','China extends its own 24-point suspension by 90 days','Beijing','China kept 10% and continued suspending 24 points from 12:01 p.m. August 12.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','0BE7B0A0-53EC-4F8A-85CF-00E178EDEA3B','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(66,'E066','2025-09-14','2025-09-15','NegotiationRound','Madrid talks (TikTok framework)','Palacio de Santa Cruz (Spanish Foreign Ministry), Madrid, Spain','The talks reached a basic framework on TikTok and also covered tariffs and export controls.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','8CDB27AA-DA9C-4A25-881F-FF8F2133C8BA','[{"Name":"Scott Bessent","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Jamieson Greer","Role":"USTR","Side":"USA"},{"Name":"He Lifeng","Role":"Vice Premier, China","Side":"CHN"},{"Name":"Li Chenggang","Role":"China trade negotiator","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(67,'E067','2025-09-19',NULL,'LeadersCall','Trump-Xi call: APEC meeting and China visit planned','Phone','Trump said they made progress on trade, fentanyl and the TikTok deal and would meet at APEC in South Korea.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','6ED01C87-9129-4698-952C-1D51BA5EDAC0','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Xi Jinping","Role":"Chinese President","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(68,'E068','2025-09-29',NULL,'ExportControl','BIS ''Affiliates Rule'' extends Entity List limits to 50%-owned affiliates','Washington, DC','Entities at least 50% owned by listed parties became subject to the same licensing limits.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','1EFB7C9D-52B4-4C4D-A087-931162F7F705','[{"Name":"US Bureau of Industry and Security","Role":"Commerce","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(69,'E069','2025-10-09',NULL,'ExportControl','China widens rare-earth controls (MOFCOM Announcements 61/62)','Beijing','China added five rare earths and related technologies, and from December 1 required licenses for foreign-made goods with at least 0.1% Chinese rare-earth content.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','4E138FD7-0FCC-43DF-BAE4-EE99DF182B1B','[{"Name":"MOFCOM","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(70,'E070','2025-10-10',NULL,'Announcement','Trump threatens an extra 100% tariff and software export controls from Nov 1','Washington, DC','This was the response to China''s October 9 rare-earth rules; it was never implemented.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','EE83F880-90E5-4095-A7DB-330F9BB6B6E2','[{"Name":"Donald Trump","Role":"US President","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(71,'E071','2025-10-10',NULL,'Retaliation','China announces special port fees on US-linked vessels','Beijing','China set fees on US-owned, -operated, -built or -flagged ships, mirroring the US Section 301 port fees that began October 14.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','E52B515E-DB59-4EA5-B8A1-651573FA947D','[{"Name":"Ministry of Transport","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(72,'E072','2025-10-25','2025-10-26','NegotiationRound','Kuala Lumpur talks reach ''preliminary consensus''','Kuala Lumpur, Malaysia (ASEAN summit sidelines)','The talks covered port fees, the tariff truce, fentanyl tariffs, farm trade and export controls; Bessent said the 100% threat was off the table.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','04019AC6-1583-4496-A7BF-878C17485B86','[{"Name":"Scott Bessent","Role":"US Treasury Secretary","Side":"USA"},{"Name":"Jamieson Greer","Role":"USTR","Side":"USA"},{"Name":"He Lifeng","Role":"Vice Premier, China","Side":"CHN"},{"Name":"Li Chenggang","Role":"China trade negotiator","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(73,'E073','2025-10-30',NULL,'Agreement','Trump-Xi meeting in Busan','Gimhae Air Base, Busan, South Korea','Trump said the fentanyl tariff would be halved to 10% (overall ~47%), rare-earth controls paused for a year, and Chinese soybean buying resumed.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','A329F7C2-7DAE-4F42-A8D7-44CD5A9141FA','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"Xi Jinping","Role":"Chinese President","Side":"CHN"},{"Name":"Scott Bessent","Role":"Treasury","Side":"USA"},{"Name":"Marco Rubio","Role":"Secretary of State","Side":""},{"Name":"Howard Lutnick","Role":"Commerce","Side":""},{"Name":"Cai Qi","Role":"","Side":""},{"Name":"He Lifeng","Role":"Vice Premier","Side":"CHN"},{"Name":"Wang Yi","Role":"Foreign Minister","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(74,'E074','2025-11-01',NULL,'Announcement','White House fact sheet on the China deal','Washington, DC','The fact sheet listed Chinese commitments (rare-earth controls, fentanyl precursors, soybeans, ending retaliation) and US steps (fentanyl tariff -10 pts, exclusions extended, Affiliates Rule and Section 301 shipping actions suspended for a year).','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','32BB4504-6A07-48CD-81B6-35B4ED3ADACF','[{"Name":"The White House","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(75,'E075','2025-11-04',NULL,'Announcement','EOs cut fentanyl tariff to 10% and extend China reciprocal suspension to Nov 10, 2026','Washington, DC','From 12:01 a.m. EST November 10 the fentanyl rate fell to 10% and the 10% reciprocal rate continued to November 10, 2026.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','DA57EC09-230F-42A8-B3E7-87497630E627','[{"Name":"Donald Trump","Role":"US President","Side":"USA"},{"Name":"US Customs and Border Protection","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(76,'E076','2025-11-05',NULL,'Announcement','China keeps 10%, suspends 24 points for a year, and drops March farm tariffs','Beijing','From November 10 China lifted its up-to-15% March tariffs on US farm goods and extended the 24-point suspension for one year.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','F67429A8-2584-4EC2-BCAA-E96EC6AF1770','[{"Name":"Customs Tariff Commission of the State Council","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(77,'E077','2025-11-07',NULL,'ExportControl','China suspends its October 9 export-control expansion','Beijing','The broader rare-earth and lithium-battery material curbs announced October 9 were suspended after the Busan meeting.','Uncertain','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B91F6692-15A3-4597-B5AD-29AEFA0F598D','[{"Name":"MOFCOM","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(78,'E078','2025-11-09',NULL,'ExportControl','China suspends its Dec 2024 Ga/Ge/Sb export ban to the US until Nov 27, 2026','Beijing','China also suspended the stricter graphite end-use checks for US buyers.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','F7CA8577-D8C8-47B4-8808-FE408E1B612C','[{"Name":"MOFCOM","Role":"China","Side":"CHN"}]',NULL,NULL);
INSERT INTO Events VALUES(79,'E079','2025-11-10',NULL,'ExportControl','BIS suspends the Affiliates Rule for one year','Washington, DC','The 50%-ownership rule was paused until November 10, 2026 under the US-China arrangement.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','375BB1B8-815A-4B30-AD89-950016BD206C','[{"Name":"US Bureau of Industry and Security","Role":"Commerce","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(80,'E080','2025-11-26',NULL,'Announcement','USTR extends 178 Section 301 exclusions to November 2026','Washington, DC','Exclusions due to lapse November 29, 2025 were extended as part of the Busan arrangement.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','AFDC46AB-E858-4AD4-82A9-69FF51C7FF08','[{"Name":"USTR","Role":"","Side":"USA"}]',NULL,NULL);
INSERT INTO Events VALUES(81,'N001','2025-06-09',NULL,'DataRelease','NRF Global Port Tracker expects a summer import surge during the tariff pause','Washington, DC','The National Retail Federation and Hackett Associates expect imports at major US ports to rebound from June through August, after May''s drop, as retailers bring goods in while the US tariff on China stands at 30% (down from 145%) and the pauses run to July 9 and August 12.','Confirmed','seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','55801B4D-1640-44C5-B784-879A3B2989DE','[{"Name":"Jonathan Gold","Role":"NRF vice president for supply chain and customs policy","Side":""},{"Name":"Ben Hackett","Role":"founder, Hackett Associates","Side":""}]',NULL,NULL);
CREATE TABLE IF NOT EXISTS "SeedRecords" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_SeedRecords" PRIMARY KEY,
    "SeededAt" TEXT NOT NULL
);
INSERT INTO SeedRecords VALUES('measure:CHN-USA-2025-COAL-LNG','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-2025-CRUDE-MACHINERY','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-2025-FARM-10','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-2025-FARM-15','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-60B-10','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-60B-5','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-60B-ESCALATION-10','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-60B-ESCALATION-20','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-60B-ESCALATION-25','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-75B-BATCH1-10','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-75B-BATCH1-5','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-75B-BATCH2','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-COUNTER-RECIPROCAL','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-PORT-FEES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-S232-RETALIATION-15','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-S232-RETALIATION-25','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-S301-L1-RETALIATION','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:CHN-USA-S301-L2-RETALIATION','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-ALL-S232-ALUMINUM','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-ALL-S232-STEEL','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-DE-MINIMIS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-IEEPA-FENTANYL','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-IEEPA-RECIPROCAL','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-IEEPA-RECIPROCAL-ELECTRONICS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-BATTERY-PARTS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-CRANES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-CRITICAL-MINERALS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-EV','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-EV-BATTERIES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-GLOVES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-GRAPHITE','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-MAGNETS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-MASKS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-NON-EV-BATTERIES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-SEMICONDUCTORS','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-SOLAR','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-STEEL-ALUMINUM','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-4YR-SYRINGES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-L1','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-L1-3-30PCT','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-L2','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-L3','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-L4A','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-L4B','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-MARITIME-CRANES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-POLYSILICON','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-PORT-FEES','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-S301-TUNGSTEN','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('measure:USA-CHN-THREAT-100PCT','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D001','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D002','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D003','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D004','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D005','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D006','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D007','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D008','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D009','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D010','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D011','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D012','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D013','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D014','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D015','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D016','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D017','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D018','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D019','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D020','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D021','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D022','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D023','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D024','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D025','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D026','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D027','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D028','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D029','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D030','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D031','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D032','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D033','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D034','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D035','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D036','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D037','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D038','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D039','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D040','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D041','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('deadline:D042','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E001','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E002','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E003','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E004','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E005','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E006','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E007','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E008','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E009','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E010','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E011','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E012','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E013','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E014','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E015','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E016','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E017','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E018','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E019','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E020','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E021','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E022','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E023','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E024','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E025','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E026','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E027','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E028','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E029','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E030','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E031','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E032','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E033','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E034','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E035','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E036','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E037','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E038','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E039','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E040','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E041','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E042','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E043','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E044','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E045','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E046','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E047','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E048','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E049','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E050','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E051','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E052','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E053','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E054','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E055','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E056','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E057','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E058','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E059','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E060','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E061','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E062','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E063','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E064','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E065','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E066','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E067','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E068','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E069','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E070','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E071','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E072','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E073','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E074','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E075','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E076','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E077','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E078','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E079','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:E080','2026-12-04T14:42:05.4710802Z');
INSERT INTO SeedRecords VALUES('event:N001','2026-12-04T14:42:05.4710802Z');
CREATE TABLE IF NOT EXISTS "Sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
    "Publisher" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "PublishedOn" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL
, "ArchivedAt" TEXT NULL, "ArchivedBy" TEXT NULL);
INSERT INTO Sources VALUES(1,'Canadian Manufacturing (The Associated Press, Jill Lawless)','U.S. and China hold trade talks in the U.K.','https://www.canadianmanufacturing.com/manufacturing/u-s-and-china-hold-trade-talks-in-the-u-k-309849','2025-06-09','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','63C72C5A-9755-447C-A04D-F4AD1400FDA7',NULL,NULL);
INSERT INTO Sources VALUES(2,'FreightWaves','Retailers see cargo surge coming','https://www.freightwaves.com/news/retailers-see-cargo-surge-coming','2025-06-09','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','EED35950-D376-4E15-B966-A5004557D429',NULL,NULL);
INSERT INTO Sources VALUES(3,'Elleo Global','Details on Section 232 Tariffs on Aluminum and Steel','https://www.elleoglobal.com/post/details-on-section-232-tariffs-on-aluminum-and-steel',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','2F8C66CB-540B-4E2F-8174-C86FECE53C41',NULL,NULL);
INSERT INTO Sources VALUES(4,'Butzel','Tariff Rates Now 50% for Steel and Aluminum Imports','https://www.butzel.com/alert-tariff-rates-now-50-for-steel-and-aluminum-imports',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','52F68B28-5746-4236-B48B-8E2E3B211292',NULL,NULL);
INSERT INTO Sources VALUES(5,'Securus Trade','U.S. Section 232 Tariffs on Aluminum and Steel Imports and Reciprocal Trade and Tariffs Plan','https://securustrade.com/u-s-aluminum-steel-tariffs-reciprocal-tariff-plan-feb-2025',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','5C1B6688-794C-461A-BB8D-167A67EBE266',NULL,NULL);
INSERT INTO Sources VALUES(6,'Expeditors','USTR Issues Tariffs on Chinese Products','https://info.expeditors.com/newsflash/ustr-issues-tariffs-on-chinese-products',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','00369B45-1C69-4F45-BC54-4055DF06C02E',NULL,NULL);
INSERT INTO Sources VALUES(7,'Federal Register (via thefederalregister.org)','83 FR 40823 - Notice of Action Pursuant to Section 301: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation','https://thefederalregister.org/83-FR/40823',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','19A0E9FC-A6CA-4672-8028-D39376226802',NULL,NULL);
INSERT INTO Sources VALUES(8,'Federal Register text (via CQ StateTrack)','Notice of Modification of Section 301 Action: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation; Notice (Federal Register Vol. 83, No. 184, Sept. 21, 2018)','http://regs.cqstatetrack.com/info/get_text?action_id=1072754&text_id=1081888&type=action_text',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','93E0B0A1-05BF-41D4-96B8-892C089D8F0E',NULL,NULL);
INSERT INTO Sources VALUES(9,'BDO','"List 3" China 301 Tariffs Scheduled to Increase from 10 to 25 Percent on May 10, 2019','https://www.bdo.com/insights/tax/list-3-china-301-tariffs-scheduled-to-increase-from-10-to-25-percent-on-may-10%2C-2019',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','9BF42DDB-5E38-4342-AFF5-DD3A43B65F89',NULL,NULL);
INSERT INTO Sources VALUES(10,'Federal Register (GovInfo, U.S. GPO)','Notice of Modification of Section 301 Action: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation (84 FR 43304, Aug. 20, 2019)','https://www.govinfo.gov/content/pkg/FR-2019-08-20/html/2019-17865.htm',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','0E8F6F1F-29BA-49E0-9B64-D026CB5B747E',NULL,NULL);
INSERT INTO Sources VALUES(11,'Federal Register (via Justia)','Notice of Modification of Section 301 Action: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation, 3741 [2020-00904]','https://regulations.justia.com/regulations/fedreg/2020/01/22/2020-00904.html',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','D5559A3C-A724-4A57-9AE5-05C66787D285',NULL,NULL);
INSERT INTO Sources VALUES(12,'Masterpiece International','Newsflash: United States and China Reach Phase One Trade Agreement','https://masterpieceintl.com/latest-news/recent-news/newsflash-united-states-and-china-reach-phase-one-trade-agreement/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','CDA9F406-84BD-4AED-968F-E56B9AEBED97',NULL,NULL);
INSERT INTO Sources VALUES(13,'International Trade Today','Trump Cancels Oct. 15 Tariff Hike, Announces First Phase of Deal With China','https://internationaltradetoday.com/news/2019/10/11/trump-cancels-oct-15-tariff-hike-announces-first-phase-of-deal-with-china-1910110038',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','98608B18-E233-4459-886F-DA50AE7E1C3B',NULL,NULL);
INSERT INTO Sources VALUES(14,'cmtradelaw.com','','https://www.cmtradelaw.com/2024/09/ustr-announces-final-decisions-on-section-301-tariffs/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8C43349E-5DED-4AB0-833D-51CC87EF16B5',NULL,NULL);
INSERT INTO Sources VALUES(15,'Wenxuecity forum (repost of USTR final rate table)','','https://zh.wenxuecity.com/bbs/currentevent/3533175.html',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','4AC2D400-4AB1-42DF-B548-7DAB2D1BB24A',NULL,NULL);
INSERT INTO Sources VALUES(16,'Mondaq','','https://www.mondaq.com:443/unitedstates/international-trade-investment/1466306/white-house-announces-further-section-301-tariff-hikes-on-chinese-goods',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C5C712F5-0F56-4957-94A4-CD71D3EB0C90',NULL,NULL);
INSERT INTO Sources VALUES(17,'Federal Register (via Justia)','Notice of Modification: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation, 101682-101684 [2024-29462]','https://regulations.justia.com/regulations/fedreg/2024/12/16/2024-29462.html',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','9A3CBF51-C55D-4AFA-8697-149FC77CBE16',NULL,NULL);
INSERT INTO Sources VALUES(18,'EY Tax News','US Trade Representative announces tariff increases on certain Chinese-origin tungsten products, wafers and polysilicon','https://taxnews.ey.com/news/2024-2293-us-trade-representative-announces-tariff-increases-on-certain-chinese-origin-tungsten-products-wafers-and-polysilicon',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','26D7A92A-E690-4C4F-AD50-EDE8DAF1E665',NULL,NULL);
INSERT INTO Sources VALUES(19,'Federal Register (GovInfo, U.S. GPO)','Executive Order 14195 of February 1, 2025: Imposing Duties To Address the Synthetic Opioid Supply Chain in the People''s Republic of China','https://www.govinfo.gov/content/pkg/FR-2025-02-07/html/2025-02408.htm',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','5C30B011-9EBC-4078-88E7-9EC03AF540E5',NULL,NULL);
INSERT INTO Sources VALUES(20,'Thompson Coburn','Additional 10% Tariffs on Products of China and Hong Kong (Total of 20% tariffs from Feb. 1 EO)','https://www.thompsoncoburn.com/insights/additional-10-tariffs-on-products-of-china-and-hong-kong-total-of-20-tariffs-from-feb-1-eo/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','AB959695-7441-4636-8CA0-1ED7F05A2D3B',NULL,NULL);
INSERT INTO Sources VALUES(21,'Juno Logistics','Tariff Reduction on China-Origin Goods Linked to Synthetic Opioid Measures','https://www.junologistics.com/customs-updates/tariff-reduction-on-china-origin-goods-linked-to-synthetic-opioid-measures',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','3A8776BB-2231-435D-A492-92D2D8B6551F',NULL,NULL);
INSERT INTO Sources VALUES(22,'The White House fact sheet (mirrored at updatem.com)','Fact Sheet: President Donald J. Trump Declares National Emergency to Increase our Competitive Edge, Protect our Sovereignty, and Strengthen our National and Economic Security','https://updatem.com/fact-sheet-president-donald-j-trump-declares-national-emergency-to-increase-our-competitive-edge-protect-our-sovereignty-and-strengthen-our-national-and-economic-security',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8E3B405D-5DBE-48BB-8E67-9862C7F88EFB',NULL,NULL);
INSERT INTO Sources VALUES(23,'Amoyline','April 3, 2025 – Important Tariff Updates','https://amoyline.com/industry-news/april-3-2025-important-tariff-updates',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','93DA5310-55E0-469D-A535-3D7AC5221126',NULL,NULL);
INSERT INTO Sources VALUES(24,'Truth Peace Project','April 8, 2025 Amendment to Reciprocal Tariffs and Updated Duties as Applied to Low-Value Imports from the People''s Republic of China - Executive Order','https://www.truthpeaceproject.com/post/april-8-2025-amendment-to-reciprocal-tariffs-and-updated-duties-as-applied-to-low-value-imports-fro',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','D8469BC5-23BC-4A75-9E46-0A765DB64166',NULL,NULL);
INSERT INTO Sources VALUES(25,'Brownstein Hyatt Farber Schreck','Current State of Play – Trump Pauses Reciprocal Tariffs, Raises Tariff on China (section heading)','https://www.bhfs.com/insights/alerts-articles/2025/-liberation-day-trump-announces-reciprocal-tariffs-ends-de-minimis-treatment-for-china',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','3A28A5FC-C717-494F-B6B1-2D99005EA95D',NULL,NULL);
INSERT INTO Sources VALUES(26,'Federal Register (GovInfo, U.S. GPO)','Executive Order 14298 of May 12, 2025: Modifying Reciprocal Tariff Rates To Reflect Discussions With the People''s Republic of China','https://www.govinfo.gov/content/pkg/FR-2025-05-21/html/2025-09297.htm',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','E5B517EE-496D-4751-BAD6-127F18CA1271',NULL,NULL);
INSERT INTO Sources VALUES(27,'Troutman Pepper Locke','White House Releases List of Products Excluded From Reciprocal Tariffs','https://www.troutman.com/insights/white-house-releases-list-of-products-excluded-from-reciprocal-tariffs/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C057147A-5DA2-41E7-BA28-A0C751B0016F',NULL,NULL);
INSERT INTO Sources VALUES(28,'The American Conservative','China–U.S. Trade Feud Escalates','https://www.theamericanconservative.com/china-u-s-trade-feud-escalates/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','53B7DB35-8995-4D04-A35E-7631AFF990A7',NULL,NULL);
INSERT INTO Sources VALUES(29,'GHY International','U.S. De Minimis Exemption Ends for China Low-Value Imports – Tariff Increases (Postal Items) Updated','https://www.ghy.com/trade-compliance/us-de-minimis-exemption-ends-for-china-low-value-imports/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','4A7FC52B-7EE4-4DFB-8835-FF63745BC850',NULL,NULL);
INSERT INTO Sources VALUES(30,'FreightWaves','House considers universal de minimis ban as fees on China parcels ease','https://www.freightwaves.com/news/house-considers-universal-de-minimis-ban-as-fees-on-china-parcels-ease',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','E302A228-7481-4494-B263-0A20A1165E71',NULL,NULL);
INSERT INTO Sources VALUES(31,'Star Cargo','Section 301 vessel fee regime taking effect on October 14','https://www.starcargo.co.uk/news-media/section-301-vessel-fee-regime-taking-effect-on-october-14',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','2092B499-B59F-4D64-A438-114C44155507',NULL,NULL);
INSERT INTO Sources VALUES(32,'Green Worldwide Shipping','','https://www.greenworldwide.com/?p=13627',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','0AA5BE7C-AB45-4FA5-9DD9-76A88BB0E8EB',NULL,NULL);
INSERT INTO Sources VALUES(33,'USA Today (AP)','A glance at U.S. products affected by Chinese tariff hikes','https://www.usatoday.com/story/money/2018/04/02/glance-u-s-products-affected-chinese-tariff-hikes/477785002/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','7E81FBC4-22EE-4939-B315-6B62E82227D4',NULL,NULL);
INSERT INTO Sources VALUES(34,'CGTN (Xinhua)','China will impose tariffs on some US products worth about $50 billion starting July 6','https://newsaf.cgtn.com/news/3d3d774d7a457a6333566d54/index.html',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','A14EAC6D-0404-4385-B217-9B78E77BABA7',NULL,NULL);
INSERT INTO Sources VALUES(35,'OceanAir','USTR Releases the Finalized 2nd List of Tariffs on Chinese Products','https://oceanair.net/ustr-releases-the-finalized-2nd-list-of-tariffs-on-chinese-products/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','90295487-733D-441A-A542-BBD564406147',NULL,NULL);
INSERT INTO Sources VALUES(36,'abouttrump.org (quoting BBC)','China hits back at Trump with tariffs on $60bn of US goods (BBC, quoted)','https://abouttrump.org/2018/09/18/9-18-2018-41/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','DD6FC522-5676-4787-BB41-C7BEFBF0E5C7',NULL,NULL);
INSERT INTO Sources VALUES(37,'BNN Bloomberg','','https://www.bnnbloomberg.ca/china-announces-tariff-retaliation-to-take-effect-on-june-1-1.1257869',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','A51B6235-8408-4085-9A49-940C3085E86A',NULL,NULL);
INSERT INTO Sources VALUES(38,'PST.AG','China announces new tariffs on U.S. goods','https://www.pst.ag/single-post/2019/08/26/china-announces-new-tariffs-on-us-goods',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','94AA6ED2-37DA-4D8F-B539-ABA5A4BD939F',NULL,NULL);
INSERT INTO Sources VALUES(39,'China Briefing (Dezan Shira & Associates)','China to Cut 50% Off Tariffs on 1,717 US Imported Goods from February 14','https://www.china-briefing.com/news/china-cut-50-off-tariffs-1717-us-imported-goods-february-14/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','5A86C417-9378-47CF-B719-EAACA81C1F5F',NULL,NULL);
INSERT INTO Sources VALUES(40,'Gemini Shippers Group','China halves import tariffs on $75 billion worth of US products','https://geminishippers.com/china-halves-import-tariffs-on-75-billion-worth-of-us-products/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8536C02D-4B37-4DA9-B12E-221DA20BBEA9',NULL,NULL);
INSERT INTO Sources VALUES(41,'Mondaq (Thompson Coburn trade alert)','China Imposes Retaliatory Tariffs & Export Controls','https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1593532/china-imposes-retaliatory-tariffs-export-controls',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','CCC1FE31-E5FB-4FC7-A04C-F2BAA6DD9265',NULL,NULL);
INSERT INTO Sources VALUES(42,'OyeYeah News','China Imposes Retaliatory Tariffs on U.S. Agricultural Imports in Response to Trump''s Trade Measures','https://www.oyeyeah.com/news/china-imposes-retaliatory-tariffs-on-u-s-agricultural-imports/',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','6A86B49A-C276-4345-B498-D01802DFE9A3',NULL,NULL);
INSERT INTO Sources VALUES(43,'SteelOrbis','China hits back at Trump with 34 percent additional tariffs on US goods','https://www.steelorbis.com/steel-news/latest-news/china-hits-back-at-trump-with-34-percent-additional-tariffs-on-us-goods-1386226.htm',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','66F44073-B11D-467A-B158-BFAD6D6FE072',NULL,NULL);
INSERT INTO Sources VALUES(44,'ckhq.net (English text of Tariff Commission Announcement No. 5 of 2025)','','https://en.ckhq.net/html/56e80384bf2740d65123e4ed2e37458b.html',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','4D3CC56C-F05F-4903-82AE-7D615D1FEC33',NULL,NULL);
INSERT INTO Sources VALUES(45,'People''s Daily Online (Xinhua)','China raises additional tariffs to 125 pct on imported U.S. products','http://en.people.cn/n3/2025/0411/c90000-20300951.html',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','7D6E64CE-A06F-44C1-880D-9C133459A7E2',NULL,NULL);
INSERT INTO Sources VALUES(46,'Korea JoongAng Daily (Reuters)','','https://koreajoongangdaily.joins.com/news/2025-05-14/world/world/China-to-adjust-tariff-rates-on-US-goods-from-May-14-says-countrys-finance-ministry/2306765',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B43456C4-EE5E-4E00-B189-4593B0535765',NULL,NULL);
INSERT INTO Sources VALUES(47,'Norton Rose Fulbright','','https://www.nortonrosefulbright.com/en-be/knowledge/publications/d457ab4a/critical-developments-in-ustr-actions-on-chinese-and-foreign-vessels',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F48CBEA7-F626-4912-85E0-95E055D79B92',NULL,NULL);
INSERT INTO Sources VALUES(48,'Lexology','','https://www.lexology.com/library/detail.aspx?g=84517525-cbf6-4d25-b57a-5e07c3c5f664',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','6F4D0A94-9C86-4766-9B8A-4057F5A9F39F',NULL,NULL);
INSERT INTO Sources VALUES(49,'Lexology','','https://www.lexology.com/library/detail.aspx?g=70680613-a6cd-436e-9cc1-d7965cefbde3',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','EA126740-998E-4B49-A421-7A73D738F4DE',NULL,NULL);
INSERT INTO Sources VALUES(50,'V. Alexander','March 1, 2019 Increase on 301 List 3 Tariffs Postponed','https://www.valexander.com/2019/02/25/march-1-2019-increase-on-301-list-3-tariffs-postponed/',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','7BA05014-CC22-4CE6-A713-D5D83EFF0A0B',NULL,NULL);
INSERT INTO Sources VALUES(51,'International Trade Compliance Update','','https://www.internationaltradecomplianceupdate.com/2019/06/13/us-ustr-clarifies-effective-date-of-10-to-25-increase-in-sec-301-tariffs-shipped-prior-to-may-10-2019/',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','378BE2D0-4178-4F6F-952A-034F82CEBB98',NULL,NULL);
INSERT INTO Sources VALUES(52,'cmtradelaw.com','','https://www.cmtradelaw.com/2019/09/comment-period-announced-for-section-301-tariff-increase-to-30-on-lists-1-3-worth-250-billion/',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','FE001F6D-2A2D-4A13-ABDA-EDA6B0DBB755',NULL,NULL);
INSERT INTO Sources VALUES(53,'Consumer Electronics Daily','China Phase 1 Purchase Commitments for Goods Only 60% of Promised','http://stage.consumerelectronicsdaily.com/article/2022/02/08/china-phase-1-purchase-commitments-for-goods-only-60-of-promised-2202080068?BC=bc_67215316c130e',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','04721D92-6A1C-4D67-9E6B-A90DDAC4A800',NULL,NULL);
INSERT INTO Sources VALUES(54,'globaltradeandsanctionslaw.com','USTR Finalizes Section 301 Tariffs on Chinese Imports with a Focus on Products from “Strategic Sectors”','https://globaltradeandsanctionslaw.com/ustr-section-301-tariffs-chinese-imports-focus-strategic-sectors',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','B12BDF86-F557-4B0C-B9C9-E4D29B16FE73',NULL,NULL);
INSERT INTO Sources VALUES(55,'U.S. Customs and Border Protection notice (mirrored by ATO Shipping)','Implementation of Additional Duties on Products of the People''s Republic of China Pursuant to the President''s February 1, 2025 Executive Order Imposing Duties to Address the Synthetic Opioid Supply Chain in the People''s Republic of China','https://us.atoshipping.com/department-of-homeland-security-u-s-customs-and-border-protection',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','A1D90265-F365-441B-97ED-C85E6BF681E4',NULL,NULL);
INSERT INTO Sources VALUES(56,'Shanghai Daily (shine.cn)','','https://www.shine.cn/news/nation/2502046503/',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','3651454B-69C0-4950-B6BE-1B82250095AD',NULL,NULL);
INSERT INTO Sources VALUES(57,'KRB World (Fox Business text)','','https://krb.world/en/chinas-tariffs-on-us-agriculture-take-effect-as-trump-targets-country',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','E6F22322-8184-4B3D-9C08-25D1BDCE8012',NULL,NULL);
INSERT INTO Sources VALUES(58,'NNR Global Logistics','De Minimis No Longer Available for Goods Originating China & Hong Kong – May 2','https://nnrglobal.com/insight/de-minimis-no-longer-available-for-goods-originating-china-hong-kong-may-2',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','DF5456A8-407F-4E2B-89F8-DE2BDB2AB721',NULL,NULL);
INSERT INTO Sources VALUES(59,'BOC International (repost of whitehouse.gov text)','Modifying Reciprocal Tariff Rates to Reflect Discussions With the People''s Republic of China (as excerpted)','https://www.bocintl.com/web/blast-524-u-s-and-china-tariff-update/',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','88F9350E-9ACA-46D3-ADEE-F3E9432A9C4E',NULL,NULL);
INSERT INTO Sources VALUES(60,'American Focus (repost of White House order text)','','https://americanfocus.online/extending-the-modification-of-the-reciprocal-tariff-rates-the-white-house',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','423FAF5F-E812-48DC-A008-E4585631B02E',NULL,NULL);
INSERT INTO Sources VALUES(61,'Cassidy Levy Kent','Modifications to Reciprocal Tariffs Signal Further Development in Trump Trade Policy','https://www.cassidylevy.com/?p=2624',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','462BC471-6891-4C28-B322-65FF0EB975FF',NULL,NULL);
INSERT INTO Sources VALUES(62,'Mondaq','Executive Order Extends Pause On China IEEPA Reciprocal Tariffs Until Nov. 10, 2025','https://www.mondaq.com/unitedstates/international-trade-investment/1670040/executive-order-extends-pause-on-china-ieepa-reciprocal-tariffs-until-nov-10-2025',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','632A1053-3C6F-4A3B-8B5D-D9AB3C9FA8E3',NULL,NULL);
INSERT INTO Sources VALUES(63,'Capital FM (Xinhua)','China extends tariff suspension on US goods in reciprocal move','https://www.capitalfm.co.ke/news/2025/08/china-extends-tariff-suspension-on-us-goods-in-reciprocal-move/',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','07D8C209-0D84-42BC-9FB6-A34D5573EB48',NULL,NULL);
INSERT INTO Sources VALUES(64,'GSM International (ST&R advisory)','ST&R Trade Advisory: Transitioning Away from De Minimis After 12:01 a.m. ET on Aug. 29','https://gsm.international/?p=3950',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','EFB6155E-E259-4B34-B896-BAE3111B0038',NULL,NULL);
INSERT INTO Sources VALUES(65,'Global Neighbours','China, U.S. Reach Basic Consensus in Kuala Lumpur Trade Talks Ahead of Leaders'' Summit','https://www.globalneighbours.org/china-u-s-reach-basic-consensus-in-kuala-lumpur-trade-talks-ahead-of-leaders-summit',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','3573B0F9-F8DA-49CF-BCBF-B36E81540EC1',NULL,NULL);
INSERT INTO Sources VALUES(66,'U.S. Customs and Border Protection (CSMS via GovDelivery)','CSMS # 66749380 - UPDATE –Tariff Rates for Products of China under the International Emergency Economic Powers Act (IEEPA) Fentanyl and Reciprocal Tariffs','https://content.govdelivery.com/accounts/USDHSCBP/bulletins/3fa83c4',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','549D1A64-A4A3-4480-BDCD-13F06ED3C8BE',NULL,NULL);
INSERT INTO Sources VALUES(67,'Big Breaking Wire','China to Lift Some Tariffs on U.S. Imports Starting November 10, 2025','https://bigbreakingwire.in/breaking_news/china-to-lift-some-tariffs-on-u-s-imports-starting-november-10-2025',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','B2D1AB6E-6009-49F4-9DCA-3BBA0C650906',NULL,NULL);
INSERT INTO Sources VALUES(68,'lawyerfanzhang.com','USTR Extends Product Exclusions for Chinese Imports Until November 2026','https://lawyerfanzhang.com/notice-of-product-exclusion-extensions-chinas-acts-policies-and-practices-related-to-technology-transfer-intellectual-property-and-innovation-2',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','CA5E2FC8-AC3E-485E-8E81-BD2B0C35582A',NULL,NULL);
INSERT INTO Sources VALUES(69,'The Business Times (Singapore)','','https://www.businesstimes.com.sg/international/china-suspends-ban-exports-gallium-germanium-antimony-us',NULL,'seed','2026-12-04T14:42:06.4705768Z','seed','2026-12-04T14:42:06.4705768Z','2E05A308-C06B-4732-AE1D-4718757E5D99',NULL,NULL);
INSERT INTO Sources VALUES(70,'Scribd (FPCC special report, Michael Decker)','SPECIAL REPORT: TARIFF TURMOIL - THE EFFECTS OF SECTION 301 TARIFF INCREASES TOLD THROUGH BUSINESSES & CONSUMERS','https://ru.scribd.com/document/400449844/Fpcc-Prnt-Tradepaperv7-1',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','3A1121A1-61A3-499F-8958-9241E501FCF0',NULL,NULL);
INSERT INTO Sources VALUES(71,'ecns.cn (Xinhua)','China, U.S. issue joint statement on economic, trade consultations','http://www.ecns.cn/2018/05-20/303203.shtml',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','25027FD2-8AE2-4DFE-B194-E7107C121D0B',NULL,NULL);
INSERT INTO Sources VALUES(72,'BloombergQuint (Bloomberg)','The Trade War Is On: Timeline of How We Got Here and What''s Next','https://www.bloombergquint.com/global-economics/the-trade-war-is-on-timeline-of-how-we-got-here-and-what-s-next',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','52954572-776B-4EDA-9AF9-FD0304A0EA3C',NULL,NULL);
INSERT INTO Sources VALUES(73,'Trend (Reuters)','U.S. finalizes next China tariff list targeting $16 billion in imports','https://en.trend.az/world/china/2938115.html',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','EFA0B7A3-A45C-4169-BF1B-45717C9946C8',NULL,NULL);
INSERT INTO Sources VALUES(74,'Buckland','U.S. Imposes Tariffs on $200 Billion Worth of Chinese Imports, China Retaliates with $60 Billion of Tariffs','https://www.buckland.com/news/u-s-imposes-tariffs-on-200-billion-worth-of-chinese-imports-china-retaliates-with-60-billion-of-tariffs/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','133DC814-5EF4-4B53-816A-13400CF0EBD3',NULL,NULL);
INSERT INTO Sources VALUES(75,'South China Morning Post','Xi Jinping and Donald Trump agree to trade truce, no additional tariffs, China state media says','https://www.scmp.com/news/china/diplomacy/article/2175984/xi-jinping-says-cooperation-best-choice-both-sides-dinner',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','AC03D430-4B50-456E-B819-0F112D1303E4',NULL,NULL);
INSERT INTO Sources VALUES(76,'cmtradelaw.com','','https://www.cmtradelaw.com/2019/05/tariffs-on-chinese-goods-worth-200-billion-list-3-to-increase-from-10-to-25-percent-on-friday-may-10/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','714F8C39-228C-43F4-B752-F078593DFC72',NULL,NULL);
INSERT INTO Sources VALUES(77,'WIRK','','https://www.wirk.com/china-to-raise-tariffs-on-60-billion-in-us-goods-vows-to-never-surrender/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B8226E97-64E2-490C-8CB0-E795E961204D',NULL,NULL);
INSERT INTO Sources VALUES(78,'South China Morning Post','Donald Trump, Xi Jinping agree to trade war truce and to resume talks after G20 summit meeting','https://www.scmp.com/economy/china-economy/article/3016602/world-watches-presidents-xi-jinping-donald-trump-begin-summit',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B76BEC29-C159-4421-B131-107CC36CD0BF',NULL,NULL);
INSERT INTO Sources VALUES(79,'PPAI','','https://ppai.org/ppb-newslink/us-to-apply-10-percent-tariff-on-remaining-300-billion-in-chinese-imports-beginning-september-1',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','0A045185-DEF0-4826-8D33-C8540C521339',NULL,NULL);
INSERT INTO Sources VALUES(80,'Los Angeles Times','','https://www.latimes.com/business/story/2019-08-01/trump-threatens-to-impose-new-10-tariff-on-chinese-goods-as-trade-talks-stall',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','F7505090-B0FC-4FD3-ABB2-49ABBCA3CE81',NULL,NULL);
INSERT INTO Sources VALUES(81,'International Trade Compliance Update','','https://www.internationaltradecomplianceupdate.com/2019/08/13/us-ustr-posts-list-4-update/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','A6C4FD59-4739-4D27-805F-96138720B243',NULL,NULL);
INSERT INTO Sources VALUES(82,'USC US-China Institute','US and PRC Governments, Trade Agreement, January 15, 2020','https://china.usc.edu/us-and-prc-governments-trade-agreement-january-15-2020',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','FEF038D2-289F-47D0-8F0E-5B8C853F019B',NULL,NULL);
INSERT INTO Sources VALUES(83,'Peterson Institute for International Economics (PIIE)','US-China Trade War Tariffs: An Up-to-Date Chart','https://www.piie.com/research/piie-charts/us-china-trade-war-tariffs-date-chart',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','BFE421EF-4D6E-4D58-9BB1-54B0B746069D',NULL,NULL);
INSERT INTO Sources VALUES(84,'U.S. Bureau of Industry and Security (BIS)','Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People''s Republic of China (PRC)','https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','CFC4FA1F-E7B6-4500-A90B-9622E0C38A6C',NULL,NULL);
INSERT INTO Sources VALUES(85,'China Justice Observer','China Imposes Export Controls on Gallium and Germanium','https://chinajusticeobserver.com/a/china-imposes-export-controls-on-gallium-and-germanium',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','AEBFA748-CC72-4A37-BDD4-ABC86F1548AA',NULL,NULL);
INSERT INTO Sources VALUES(86,'Thompson Hine SmartTrade','','https://www.thompsonhinesmartrade.com/2023/11/commerce-issues-further-export-controls-targeting-chinas-semiconductor-manufacturing-and-advanced-computing-capabilities/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','F2B1251E-8C27-4ED3-A73B-1542A2C59503',NULL,NULL);
INSERT INTO Sources VALUES(87,'Squire Patton Boggs','The Bureau of Industry and Security Issues Export Controls Further Restricting Advanced Semiconductors to China and Adds 140 Entities to the Entity List','https://squirepattonboggs.com/en/insights/publications/2024/12/the-bureau-of-industry-and-security-announces-two-new-rules-updating-the-export-administration-regulations',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','AE4F4BFD-3731-4EAA-9044-BB239D309789',NULL,NULL);
INSERT INTO Sources VALUES(88,'Business Recorder (Reuters)','China bans exports of gallium, germanium, antimony to US','https://www.brecorder.com/news/40335663/china-bans-exports-of-gallium-germanium-antimony-to-us',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','9A16EFD3-AE28-4D7B-A6A0-72E9B2BDEC12',NULL,NULL);
INSERT INTO Sources VALUES(89,'Office of the U.S. Trade Representative (USTR)','USTR Initiates Section 301 Investigation on China''s Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry for Dominance','https://ustr.gov./about-us/policy-offices/press-office/press-releases/2024/december/ustr-initiates-section-301-investigation-chinas-acts-policies-and-practices-related-targeting',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','11D47CC8-CC2E-4699-8B6F-985606978160',NULL,NULL);
INSERT INTO Sources VALUES(90,'VideoStory News','China and U.S. Boost Economic Ties After Candid Geneva Meeting','https://news.videostory.com/china/20250512-china-and-u-s-boost-economic-ties-after-candid-geneva-meeting',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','6849653C-F286-4232-BC8B-47978E9E5179',NULL,NULL);
INSERT INTO Sources VALUES(91,'Akin (Trump Executive Order Tracker)','Imposing Duties to Address the Synthetic Opioid Supply Chain in the People''s Republic of China (Trump EO Tracker)','https://akingump.com/en/insights/blogs/trump-executive-order-tracker/imposing-duties-to-the-peoples-republic-of-china',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','9A7FC6F5-2319-483E-AD9D-62525D106351',NULL,NULL);
INSERT INTO Sources VALUES(92,'ExecutiveActions.org (Federal Register text)','Further Amendment to Duties Addressing the Synthetic Opioid Supply Chain in the People''s Republic of China','https://www.executiveactions.org/304',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','85398233-8254-4010-8C98-B85019501554',NULL,NULL);
INSERT INTO Sources VALUES(93,'Holland & Knight','China Imposes Export Controls on Medium and Heavy Rare Earth Materials','https://hklaw.com/en/insights/publications/2025/04/china-imposes-export-controls-on-medium-and-heavy-rare-earth-materials',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','3D8330A7-66A3-4E15-9DAB-9C99EACAAB4A',NULL,NULL);
INSERT INTO Sources VALUES(94,'Shanghai Daily (shine.cn, Xinhua)','China to impose additional 34% tariffs on all US imports starting April 10','https://www.shine.cn/news/nation/2504040396/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','982B3F0E-C86D-4A97-B05C-3201E8D46044',NULL,NULL);
INSERT INTO Sources VALUES(95,'NewsX','','https://www.newsx.com/world/u-s-and-china-begin-talks-in-switzerland-to-ease-ongoing-trade-war/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','63ADBF7D-2989-4D08-B3A8-63043C20E6DD',NULL,NULL);
INSERT INTO Sources VALUES(96,'94ha.com (text of the joint statement)','Joint Statement on China-U.S. Economic and Trade Meeting in Geneva','https://94ha.com/joint-statement-on-china-u-s-economic-and-trade-meeting-in-geneva.html',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','1582B387-A17C-402C-85C3-7A21DF2D1E12',NULL,NULL);
INSERT INTO Sources VALUES(97,'Peterson Institute for International Economics (PIIE)','US-China Trade War Tariffs: An Up-to-Date Chart [title not in this excerpt; same PIIE chart page]','https://www.piie.com/research/piie-charts/2019/us-china-trade-war-tariffs-date-chart?ref=readtangle.com',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','689EC163-1292-4524-8085-BF11F5989895',NULL,NULL);
INSERT INTO Sources VALUES(98,'A News (Anadolu)','Trump says call with Xi ''resulted in a very positive conclusion for both Countries''','https://www.anews.com.tr/world/2025/06/05/trump-says-call-with-xi-resulted-in-a-very-positive-conclusion-for-both-countries',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','440A5756-8632-40BF-B1A2-0DB67314B663',NULL,NULL);
INSERT INTO Sources VALUES(99,'Jakarta Globe (Associated Press)','China Says Its Exports to the US Fell 35% in May','https://jakartaglobe.id/business/china-says-its-exports-to-the-us-fell-35-in-may',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','90B1A208-AA63-4D13-826B-C2737698D085',NULL,NULL);
INSERT INTO Sources VALUES(100,'The Straits Times (AFP)','US, China trade talks to stretch into second day','https://www.straitstimes.com/world/europe/us-china-begin-key-trade-talks-in-london',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','A5B6DE31-378B-4B49-A88C-E6A86A696BA4',NULL,NULL);
INSERT INTO Sources VALUES(101,'Geopolitechs (translation of China''s official press release)','China''s official Press Release: The First Meeting of the China-U.S. Economic and Trade Consultation Mechanism Held in London, UK','https://www.geopolitechs.org/p/official-readouts-from-the-china',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','E6A60F2B-1168-44DB-97AB-9A9A60D1C597',NULL,NULL);
INSERT INTO Sources VALUES(102,'Mondaq','','https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1636968/trump-announces-deal-with-china',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','567F78B3-E64B-4C9F-9C2B-54A994CAD42B',NULL,NULL);
INSERT INTO Sources VALUES(103,'AnewZ (Reuters)','Trump signs executive order extending tariff deadline to 1 August','https://anewz.tv/world/world-news/10287/trump-extends-tariff-deadline-to-1-august/news',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','93900FAE-50B5-4222-9122-AAC2468982B9',NULL,NULL);
INSERT INTO Sources VALUES(104,'RBC-Ukraine (Bloomberg)','US-China trade talks continue in Stockholm, Trump to decide outcome','https://newsukraine.rbc.ua/news/us-china-trade-talks-continue-in-stockholm-1753814320.html',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','7D54FB85-F5F5-4458-B2FC-3D4B688B596F',NULL,NULL);
INSERT INTO Sources VALUES(105,'Fresh From China','China and the U.S. Hold Madrid Talks on TikTok and Other Trade Issues','https://freshfromchina.com/china-and-the-u-s-hold-madrid-talks-on-tiktok-and-other-trade-issues',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','B8E803CB-A4E6-44DD-8998-B411A3A59BB9',NULL,NULL);
INSERT INTO Sources VALUES(106,'Newsmax (AP)','Trump: Meeting With Xi Next Month in SKorea','https://www.newsmax.com/newsfront/trump-xi-jinping-china/2025/09/19/id/1227070/',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','5594AFB6-33CC-49F2-A9CA-2F16870F7B18',NULL,NULL);
INSERT INTO Sources VALUES(107,'Federal Register (via thefederalregister.org)','Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities','https://thefederalregister.org/documents/2025-19001/expansion-of-end-user-controls-to-cover-affiliates-of-certain-listed-entities',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','7D23BA9B-B42D-4C9E-A1EB-A66E0960F37C',NULL,NULL);
INSERT INTO Sources VALUES(108,'vbw - Vereinigung der Bayerischen Wirtschaft','China expands export controls on rare earths','https://www.vbw.com/int/News/China-expands-export-controls-on-rare-earths.jsp',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','24626CD3-F235-423C-9CE5-BCE7CCD9EF71',NULL,NULL);
INSERT INTO Sources VALUES(109,'Plataforma Media (AFP)','','https://www.plataformamedia.com/en/2025/10/30/xi-trump-agree-on-tariff-cuts-and-soybean-purchases-us-president-to-visit-china-in-april',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','8C1C47BA-8C23-4DBD-80E6-80EDFAB3391D',NULL,NULL);
INSERT INTO Sources VALUES(110,'GovPulse (summary of White House fact sheet)','Fact Sheet: President Donald J. Trump Strikes Deal on Economic and Trade Relations with China','https://vu.govpulse.tools/2025/11/01/fact-sheet-president-donald-j-trump-strikes-deal-on-economic-and-trade-relations-with-china',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','CB9B5E7E-4970-4B44-A61C-C8FF4E5FBC97',NULL,NULL);
INSERT INTO Sources VALUES(111,'Report.az (Reuters)','China confirms suspension of 24% tariff on US goods, retains 10% levy','https://report.az/en/other-countries/china-confirms-suspension-of-24-tariff-on-us-goods-retains-10-levy',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','9E25D8B3-60A0-4576-99CB-5F5ECFDAAE2E',NULL,NULL);
INSERT INTO Sources VALUES(112,'Fenwick','BIS Suspends the Affiliates Rule, Lifting Restrictions on Restricted Party Affiliates','https://whatstrending.fenwick.com/post/bis-suspends-affiliates-rule-lifting-restrictions-restricted-party-affiliates',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','FE311048-3302-4C37-9379-32EDC70BE6D8',NULL,NULL);
INSERT INTO Sources VALUES(113,'International Trade Today (topic page)','','http://stage.internationaltradetoday.com/topic/u_s_trade_representative_ustr_?BC=bc_6975f06d52369&p=6&search_id=690',NULL,'seed','2026-12-04T14:42:06.8090491Z','seed','2026-12-04T14:42:06.8090491Z','42746E00-3151-450F-92F6-5BAD5609A288',NULL,NULL);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserPasskeys" (
    "CredentialId" BLOB NOT NULL CONSTRAINT "PK_AspNetUserPasskeys" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Data" TEXT NOT NULL,
    CONSTRAINT "FK_AspNetUserPasskeys_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Measures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Measures" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "ImposingEconomyCode" TEXT NOT NULL,
    "TargetEconomyCode" TEXT NULL,
    "ExemptedEconomyCodes" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "Coverage" TEXT NOT NULL,
    "ProductDescription" TEXT NULL,
    "HsPrefixes" TEXT NOT NULL,
    "Combination" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Confidence" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL, "ArchivedAt" TEXT NULL, "ArchivedBy" TEXT NULL,
    CONSTRAINT "FK_Measures_Economies_ImposingEconomyCode" FOREIGN KEY ("ImposingEconomyCode") REFERENCES "Economies" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Measures_Economies_TargetEconomyCode" FOREIGN KEY ("TargetEconomyCode") REFERENCES "Economies" ("Code") ON DELETE RESTRICT
);
INSERT INTO Measures VALUES(1,'USA-ALL-S232-STEEL','USA',NULL,'[]','Section 232 steel (global)','Section 232, Trade Expansion Act of 1962 (Proclamation 9705, 2018-03-08)','ListedProducts','Steel/aluminum articles and derivatives (232 duty on metal content)','["72","73"]','Excepts','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','5F412E93-99F4-4C26-93DD-813B34589712',NULL,NULL);
INSERT INTO Measures VALUES(2,'USA-ALL-S232-ALUMINUM','USA',NULL,'[]','Section 232 aluminum (global)','Section 232 (Proclamation 9704, 2018-03-08)','ListedProducts','Steel/aluminum articles and derivatives (232 duty on metal content)','["76"]','Excepts','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','FD3C0A61-F3FA-4350-B68F-E0675242C90A',NULL,NULL);
INSERT INTO Measures VALUES(3,'USA-CHN-S301-L1','USA','CHN','[]','Section 301 List 1','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); USTR notice 83 FR 28710 (2018-06-20)','ListedProducts','818 HTS subheadings, ~US$34B (2017 trade); industrial/technology goods in HS ch. 28, 40, 84, 85, 86, 87, 88, 89, 90','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','76302A36-B288-4047-95E1-E8E45E0D5375',NULL,NULL);
INSERT INTO Measures VALUES(4,'USA-CHN-S301-L2','USA','CHN','[]','Section 301 List 2','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 83 FR 40823 (2018-08-16)','ListedProducts','279 HTS subheadings (of 284 proposed), ~US$16B; HS ch. 27, 34, 38, 39, 70, 73, 76, 84, 85, 86, 87, 89, 90 incl. semiconductors','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','37327B34-6E02-4367-84DF-A81D0BCF9562',NULL,NULL);
INSERT INTO Measures VALUES(5,'USA-CHN-S301-L3','USA','CHN','[]','Section 301 List 3','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 83 FR 47974 (2018-09-21)','ListedProducts','Same List 3 products (~US$200B)','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','0C025808-0F1C-40F7-9C2D-7D67EBF40663',NULL,NULL);
INSERT INTO Measures VALUES(6,'USA-CHN-S301-L4A','USA','CHN','[]','Section 301 List 4A','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 84 FR 43304 (2019-08-20) as modified 2019-08-30','ListedProducts','List 4A (Annex A of 84 FR 43304)','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','FE908932-538D-4BF9-8F1D-9B85C79DE6A5',NULL,NULL);
INSERT INTO Measures VALUES(7,'USA-CHN-S301-L4B','USA','CHN','[]','Section 301 List 4B (never implemented)','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 84 FR 43304 Annex C','ListedProducts','List 4B (Annex C), ~US$156-160B: cell phones, laptops, video game consoles, toys, monitors, some footwear/apparel','[]','Adds','NeverApplied','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','2E61E419-7EF7-4497-AEA7-B213790071B1',NULL,NULL);
INSERT INTO Measures VALUES(8,'USA-CHN-S301-L1-3-30PCT','USA','CHN','[]','Section 301 Lists 1-3 increase to 30% (never implemented)','Section 301, Trade Act of 1974 (China technology transfer / IP investigation)','ListedProducts','Lists 1-3 (~US$250B)','[]','Adds','NeverApplied','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B3B177CE-264A-4195-9BAD-5A960FAB7594',NULL,NULL);
INSERT INTO Measures VALUES(9,'USA-CHN-S301-4YR-EV','USA','CHN','[]','Section 301 four-year review: electric vehicles','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Electric vehicles','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','E033D55C-5615-4FD9-B535-0B5F934DF5A9',NULL,NULL);
INSERT INTO Measures VALUES(10,'USA-CHN-S301-4YR-EV-BATTERIES','USA','CHN','[]','Section 301 four-year review: lithium-ion EV batteries','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Lithium-ion electric-vehicle batteries','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8CFB9F97-10D9-4A57-A1E1-C61AAACD4337',NULL,NULL);
INSERT INTO Measures VALUES(11,'USA-CHN-S301-4YR-BATTERY-PARTS','USA','CHN','[]','Section 301 four-year review: battery parts (non-lithium-ion)','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Battery parts of non-lithium-ion batteries','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','E836CB08-2535-4157-880C-7076C7B5A9E6',NULL,NULL);
INSERT INTO Measures VALUES(12,'USA-CHN-S301-4YR-CRITICAL-MINERALS','USA','CHN','[]','Section 301 four-year review: certain critical minerals','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Certain critical minerals (list in USTR annex)','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','6FD96E7D-311B-4E20-BA02-B7478CC2DC7F',NULL,NULL);
INSERT INTO Measures VALUES(13,'USA-CHN-S301-4YR-SOLAR','USA','CHN','[]','Section 301 four-year review: solar cells','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Solar cells, whether or not assembled into modules','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','0BC6AD3A-CCB7-4D81-B93C-7B92D6C2B1DE',NULL,NULL);
INSERT INTO Measures VALUES(14,'USA-CHN-S301-4YR-STEEL-ALUMINUM','USA','CHN','[]','Section 301 four-year review: steel and aluminum products','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Certain steel and aluminum products','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C62B3E40-8B8D-48BF-9C12-8A46F0ECF839',NULL,NULL);
INSERT INTO Measures VALUES(15,'USA-CHN-S301-4YR-CRANES','USA','CHN','[]','Section 301 four-year review: ship-to-shore cranes','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Ship-to-shore gantry cranes','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','3711EECE-94B6-44F3-A086-97BFAA967999',NULL,NULL);
INSERT INTO Measures VALUES(16,'USA-CHN-S301-4YR-SYRINGES','USA','CHN','[]','Section 301 four-year review: syringes and needles','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Syringes and needles (HTS 9018.31, 9018.32)','["901831","901832"]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','700D6C49-B864-49B0-8DA6-BC4771F668F6',NULL,NULL);
INSERT INTO Measures VALUES(17,'USA-CHN-S301-4YR-MASKS','USA','CHN','[]','Section 301 four-year review: face masks and respirators','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Certain textile face masks and respirators','[]','Replaces','Scheduled','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','602CE245-E4D5-4F88-8E4B-1B240A77A028',NULL,NULL);
INSERT INTO Measures VALUES(18,'USA-CHN-S301-4YR-SEMICONDUCTORS','USA','CHN','[]','Section 301 four-year review: semiconductors','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Semiconductors (16 HTS subheadings, e.g. ch. 85)','[]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','AD08CFD5-3EAE-4CD4-9E8B-7D35112F19D4',NULL,NULL);
INSERT INTO Measures VALUES(19,'USA-CHN-S301-4YR-GLOVES','USA','CHN','[]','Section 301 four-year review: medical gloves','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Rubber medical and surgical gloves','[]','Replaces','Scheduled','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','3BBAAE93-3E3D-4115-B74C-D96DA3644383',NULL,NULL);
INSERT INTO Measures VALUES(20,'USA-CHN-S301-4YR-NON-EV-BATTERIES','USA','CHN','[]','Section 301 four-year review: lithium-ion non-EV batteries','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Lithium-ion non-electric-vehicle batteries','[]','Replaces','Scheduled','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','102CAC64-27FE-41CD-B123-22EDA702F3A4',NULL,NULL);
INSERT INTO Measures VALUES(21,'USA-CHN-S301-4YR-GRAPHITE','USA','CHN','[]','Section 301 four-year review: natural graphite','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Natural graphite','[]','Replaces','Scheduled','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','135E9B13-2BA8-4D17-924B-647970A7E7B7',NULL,NULL);
INSERT INTO Measures VALUES(22,'USA-CHN-S301-4YR-MAGNETS','USA','CHN','[]','Section 301 four-year review: permanent magnets','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581)','ListedProducts','Permanent magnets','[]','Replaces','Scheduled','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','DC60D355-1C91-4376-9B28-396710C52FEC',NULL,NULL);
INSERT INTO Measures VALUES(23,'USA-CHN-S301-TUNGSTEN','USA','CHN','[]','Section 301 modification: tungsten products','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 89 FR 101682 (2024-12-16)','ListedProducts','HTS 8101.94.00, 8101.99.10, 8101.99.80 (tungsten)','["81019400","81019910","81019980"]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F7FB8B13-2EF9-4583-A8B8-182BCEECC997',NULL,NULL);
INSERT INTO Measures VALUES(24,'USA-CHN-S301-POLYSILICON','USA','CHN','[]','Section 301 modification: polysilicon and wafers','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 89 FR 101682 (2024-12-16)','ListedProducts','HTS 2804.61.00 (polysilicon >=99.99% Si) and 3818.00.00 (doped wafers)','["28046100","38180000"]','Replaces','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','63B3B24A-D49F-4DBC-BF36-8B0754B1ED5D',NULL,NULL);
INSERT INTO Measures VALUES(25,'USA-CHN-IEEPA-FENTANYL','USA','CHN','[]','IEEPA fentanyl tariff','International Emergency Economic Powers Act (IEEPA) + National Emergencies Act; EO 14195 (2025-02-01)','AllGoods','All products of China incl. Hong Kong','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','977B52D8-249D-4C16-988B-BFBB4DC7B759',NULL,NULL);
INSERT INTO Measures VALUES(26,'USA-CHN-IEEPA-RECIPROCAL','USA','CHN','[]','IEEPA reciprocal tariff','International Emergency Economic Powers Act (IEEPA) + National Emergencies Act; EO 14257 (2025-04-02)','AllGoods','All products of China incl. HK/Macau (Annex II exceptions)','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','E9A3E554-7D5C-41EB-B4D2-43B755DECA17',NULL,NULL);
INSERT INTO Measures VALUES(27,'USA-CHN-IEEPA-RECIPROCAL-ELECTRONICS','USA','CHN','[]','Reciprocal tariff exception: electronics and semiconductors','Presidential Memorandum ''Clarification of Exceptions Under EO 14257'' (2025-04-11)','ListedProducts','HTS 8471, 8473.30, 8486, 8517.13.00, 8517.62.00, 8523.51.00, 8524, 8528.52.00, 8541.xx, 8542 (smartphones, computers, chips, displays)','["8471","847330","8486","85171300","85176200","85235100","8524","85285200","8541","8542"]','Excepts','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','67B8C5C9-39BC-46E7-9C61-0E9BE1815884',NULL,NULL);
INSERT INTO Measures VALUES(28,'USA-CHN-THREAT-100PCT','USA','CHN','[]','Threatened additional 100% tariff (never implemented)','Presidential announcement on Truth Social (2025-10-10); no legal instrument found','AllGoods','All imports from China, ''over and above'' existing tariffs','[]','Adds','NeverApplied','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','A1192A24-2270-44FC-A3DA-94576A6CEFD3',NULL,NULL);
INSERT INTO Measures VALUES(29,'USA-CHN-DE-MINIMIS','USA','CHN','[]','End of de minimis for China and Hong Kong: postal duty','International Emergency Economic Powers Act (IEEPA) + National Emergencies Act; EO 14256 (2025-04-02) as amended by EO 14259 and EO 14266','ListedProducts','Postal shipments <=US$800 from China/HK','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','CBCEC097-9073-41FF-866B-9A5AB2BC70B7',NULL,NULL);
INSERT INTO Measures VALUES(30,'USA-CHN-S301-PORT-FEES','USA','CHN','[]','Section 301 port fees on China-linked vessels','Section 301 (USTR action 2025-04-17, modified 2025-10-10)','ListedProducts','Vessels owned/operated by Chinese entities: US$50 per net ton per US voyage string (rising yearly); separate fees on Chinese-built vessels and foreign-built car carriers','[]','Adds','Suspended','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','28211BBE-C7C2-4B77-81C6-39D5EAF3C54F',NULL,NULL);
INSERT INTO Measures VALUES(31,'USA-CHN-S301-MARITIME-CRANES','USA','CHN','[]','Section 301 maritime duties on cranes and cargo-handling equipment','Section 301 (shipbuilding action, Oct 2025 modification)','ListedProducts','China-linked STS cranes, intermodal chassis and cargo-handling equipment','[]','Adds','Suspended','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','236582C8-04A9-4B5D-B7F4-A6265A351569',NULL,NULL);
INSERT INTO Measures VALUES(32,'CHN-USA-S232-RETALIATION-25','CHN','USA','[]','Retaliation against Section 232: 25% list','Customs Tariff Commission of the State Council (PRC); suspension of concessions in response to US Section 232','ListedProducts','8 items: pork products and aluminum scrap (~US$2.0B)','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','39AD96AB-7DE8-4522-93F1-F23FC30CFF5B',NULL,NULL);
INSERT INTO Measures VALUES(33,'CHN-USA-S232-RETALIATION-15','CHN','USA','[]','Retaliation against Section 232: 15% list','Customs Tariff Commission of the State Council (PRC); suspension of concessions','ListedProducts','120 items: fruit, nuts, sparkling wine, ginseng, steel pipe (~US$977M)','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','16DCA557-5CB3-47EF-BE0C-2A65805D77C0',NULL,NULL);
INSERT INTO Measures VALUES(34,'CHN-USA-S301-L1-RETALIATION','CHN','USA','[]','Retaliation against Section 301 List 1','Customs Tariff Commission of the State Council (PRC) (announced 2018-06-15/16)','ListedProducts','545 items (~US$34B): soybeans and other farm goods, autos, aquatic products','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B4556943-423D-4A04-BBA5-5D872928DD8B',NULL,NULL);
INSERT INTO Measures VALUES(35,'CHN-USA-S301-L2-RETALIATION','CHN','USA','[]','Retaliation against Section 301 List 2','Customs Tariff Commission of the State Council (PRC)','ListedProducts','333 items (~US$16B): petrochemicals, medical equipment, fiber-optic cable, cars, steel and plastic products','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','BAAC1222-69FB-4214-ACCA-D448048A2A7D',NULL,NULL);
INSERT INTO Measures VALUES(36,'CHN-USA-60B-10','CHN','USA','[]','Retaliation against List 3 (US$60B list): 10% tier','Customs Tariff Commission of the State Council (PRC)','ListedProducts','Part of ~US$60B list (~5,207 items total): e.g. chemicals, meat, wheat, wine (approx. 3,571 items)','[]','Adds','Ended','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','6C7281AE-2A56-4967-98C5-882B2E2566EC',NULL,NULL);
INSERT INTO Measures VALUES(37,'CHN-USA-60B-5','CHN','USA','[]','Retaliation against List 3 (US$60B list): 5% tier','Customs Tariff Commission of the State Council (PRC)','ListedProducts','Part of ~US$60B list: e.g. smaller aircraft, computers, textiles (approx. 1,600 items)','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','511A2F3B-6B7C-415C-9906-10FDC2F2A855',NULL,NULL);
INSERT INTO Measures VALUES(38,'CHN-USA-60B-ESCALATION-25','CHN','USA','[]','US$60B list escalation: 25% tier','Customs Tariff Commission of the State Council (PRC) (announced 2019-05-13)','ListedProducts','2,493 items','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','15FD774F-E25D-43F5-9F5A-BE9D6555EDA0',NULL,NULL);
INSERT INTO Measures VALUES(39,'CHN-USA-60B-ESCALATION-20','CHN','USA','[]','US$60B list escalation: 20% tier','Customs Tariff Commission of the State Council (PRC)','ListedProducts','1,078 items','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','20923662-35A9-4779-BA87-DA8E045D3BCD',NULL,NULL);
INSERT INTO Measures VALUES(40,'CHN-USA-60B-ESCALATION-10','CHN','USA','[]','US$60B list escalation: 10% tier','Customs Tariff Commission of the State Council (PRC)','ListedProducts','974 items','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','034C53E9-5EBA-48E2-959F-91DD75C14B36',NULL,NULL);
INSERT INTO Measures VALUES(41,'CHN-USA-75B-BATCH1-10','CHN','USA','[]','Retaliation against List 4A (US$75B list, batch 1): 10% tier','Customs Tariff Commission of the State Council (PRC) (announced 2019-08-23)','ListedProducts','1,717 items from the 2019-09-01 batch','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','1AC49400-612B-479B-B513-8FC093AA9DD2',NULL,NULL);
INSERT INTO Measures VALUES(42,'CHN-USA-75B-BATCH1-5','CHN','USA','[]','Retaliation against List 4A (US$75B list, batch 1): 5% tier','Customs Tariff Commission of the State Council (PRC)','ListedProducts','Items from the 2019-09-01 batch previously at 5%','[]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','7788C2AA-CCBC-4D27-8123-97124AE5E0B1',NULL,NULL);
INSERT INTO Measures VALUES(43,'CHN-USA-75B-BATCH2','CHN','USA','[]','US$75B list batch 2 and restored auto tariffs (never implemented)','Customs Tariff Commission of the State Council (PRC)','ListedProducts','Batch 2 (Annex 2) items at 5-10%; US vehicles 25% and parts 5%','[]','Adds','NeverApplied','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','715457C7-6F7E-4344-9F8F-CDC6E9AB66AC',NULL,NULL);
INSERT INTO Measures VALUES(44,'CHN-USA-2025-COAL-LNG','CHN','USA','[]','2025 counter to the fentanyl tariff: coal and LNG','Customs Tariff Commission of the State Council (PRC) (announcement 2025-02-04)','ListedProducts','8 lines: coal (HS 2701, 2702) and LNG (HS 27111100)','["2701","2702","27111100"]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','78DE060A-E278-45C6-87D0-B6007E3EE936',NULL,NULL);
INSERT INTO Measures VALUES(45,'CHN-USA-2025-CRUDE-MACHINERY','CHN','USA','[]','2025 counter to the fentanyl tariff: crude oil, farm machinery, cars','Customs Tariff Commission of the State Council (PRC) (announcement 2025-02-04)','ListedProducts','72 lines incl. crude oil (HS 27090000), agricultural machinery, large-displacement cars, pickup trucks','["27090000"]','Adds','InEffect','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','A4F0DA4C-E6F4-47AC-8D89-E2DDFCFF6344',NULL,NULL);
INSERT INTO Measures VALUES(46,'CHN-USA-2025-FARM-15','CHN','USA','[]','2025 counter to the fentanyl increase: farm goods 15% tier','Customs Tariff Commission of the State Council (PRC) (announcement 2025-03-04, Announcement No. 2 of 2025 per Big Breaking Wire)','ListedProducts','Chicken, wheat, corn, cotton','[]','Adds','Ended','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','84DC46E0-D0E7-4209-A765-E2B19631388C',NULL,NULL);
INSERT INTO Measures VALUES(47,'CHN-USA-2025-FARM-10','CHN','USA','[]','2025 counter to the fentanyl increase: farm goods 10% tier','Customs Tariff Commission of the State Council (PRC) (announcement 2025-03-04)','ListedProducts','Sorghum, soybeans, pork, beef, aquatic products, fruits, vegetables, dairy','[]','Adds','Ended','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','AE9DB5BB-276B-44A5-9326-A22A2250D928',NULL,NULL);
INSERT INTO Measures VALUES(48,'CHN-USA-COUNTER-RECIPROCAL','CHN','USA','[]','Counter-reciprocal tariff','Customs Tariff Commission of the State Council (PRC) Announcement No. 4 of 2025','AllGoods','All goods originating in the US','[]','Adds','InEffect','Confirmed',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','741ACC78-37DB-48B4-B687-C798602BAF91',NULL,NULL);
INSERT INTO Measures VALUES(49,'CHN-USA-PORT-FEES','CHN','USA','[]','Special port fees on US-linked vessels','PRC Ministry of Transport announcement (2025-10-10)','ListedProducts','Vessels owned, operated, built or flagged in the US (mirror of US Section 301 port fees)','[]','Adds','Suspended','Uncertain',NULL,'seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','0A7D67BC-2772-49A4-BB85-D5673D88C9BD',NULL,NULL);
CREATE TABLE IF NOT EXISTS "EventDeadlines" (
    "DeadlinesId" INTEGER NOT NULL,
    "EventsId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventDeadlines" PRIMARY KEY ("DeadlinesId", "EventsId"),
    CONSTRAINT "FK_EventDeadlines_Deadlines_DeadlinesId" FOREIGN KEY ("DeadlinesId") REFERENCES "Deadlines" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventDeadlines_Events_EventsId" FOREIGN KEY ("EventsId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);
INSERT INTO EventDeadlines VALUES(4,12);
INSERT INTO EventDeadlines VALUES(27,53);
INSERT INTO EventDeadlines VALUES(28,53);
INSERT INTO EventDeadlines VALUES(29,58);
INSERT INTO EventDeadlines VALUES(29,61);
INSERT INTO EventDeadlines VALUES(29,63);
INSERT INTO EventDeadlines VALUES(29,81);
INSERT INTO EventDeadlines VALUES(30,63);
INSERT INTO EventDeadlines VALUES(31,53);
INSERT INTO EventDeadlines VALUES(31,64);
INSERT INTO EventDeadlines VALUES(31,81);
INSERT INTO EventDeadlines VALUES(32,53);
INSERT INTO EventDeadlines VALUES(32,65);
INSERT INTO EventDeadlines VALUES(35,70);
INSERT INTO EventDeadlines VALUES(36,75);
INSERT INTO EventDeadlines VALUES(37,76);
INSERT INTO EventDeadlines VALUES(38,80);
CREATE TABLE IF NOT EXISTS "EventEconomies" (
    "EconomiesCode" TEXT NOT NULL,
    "TradeEventId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventEconomies" PRIMARY KEY ("EconomiesCode", "TradeEventId"),
    CONSTRAINT "FK_EventEconomies_Economies_EconomiesCode" FOREIGN KEY ("EconomiesCode") REFERENCES "Economies" ("Code") ON DELETE CASCADE,
    CONSTRAINT "FK_EventEconomies_Events_TradeEventId" FOREIGN KEY ("TradeEventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);
INSERT INTO EventEconomies VALUES('CHN',1);
INSERT INTO EventEconomies VALUES('CHN',2);
INSERT INTO EventEconomies VALUES('CHN',3);
INSERT INTO EventEconomies VALUES('CHN',4);
INSERT INTO EventEconomies VALUES('CHN',5);
INSERT INTO EventEconomies VALUES('CHN',6);
INSERT INTO EventEconomies VALUES('CHN',7);
INSERT INTO EventEconomies VALUES('CHN',8);
INSERT INTO EventEconomies VALUES('CHN',9);
INSERT INTO EventEconomies VALUES('CHN',10);
INSERT INTO EventEconomies VALUES('CHN',11);
INSERT INTO EventEconomies VALUES('CHN',12);
INSERT INTO EventEconomies VALUES('CHN',13);
INSERT INTO EventEconomies VALUES('CHN',14);
INSERT INTO EventEconomies VALUES('CHN',15);
INSERT INTO EventEconomies VALUES('CHN',16);
INSERT INTO EventEconomies VALUES('CHN',17);
INSERT INTO EventEconomies VALUES('CHN',18);
INSERT INTO EventEconomies VALUES('CHN',19);
INSERT INTO EventEconomies VALUES('CHN',20);
INSERT INTO EventEconomies VALUES('CHN',21);
INSERT INTO EventEconomies VALUES('CHN',22);
INSERT INTO EventEconomies VALUES('CHN',23);
INSERT INTO EventEconomies VALUES('CHN',24);
INSERT INTO EventEconomies VALUES('CHN',25);
INSERT INTO EventEconomies VALUES('CHN',26);
INSERT INTO EventEconomies VALUES('CHN',27);
INSERT INTO EventEconomies VALUES('CHN',28);
INSERT INTO EventEconomies VALUES('CHN',29);
INSERT INTO EventEconomies VALUES('CHN',30);
INSERT INTO EventEconomies VALUES('CHN',31);
INSERT INTO EventEconomies VALUES('CHN',32);
INSERT INTO EventEconomies VALUES('CHN',33);
INSERT INTO EventEconomies VALUES('CHN',34);
INSERT INTO EventEconomies VALUES('CHN',35);
INSERT INTO EventEconomies VALUES('CHN',36);
INSERT INTO EventEconomies VALUES('CHN',37);
INSERT INTO EventEconomies VALUES('CHN',38);
INSERT INTO EventEconomies VALUES('CHN',39);
INSERT INTO EventEconomies VALUES('CHN',40);
INSERT INTO EventEconomies VALUES('CHN',41);
INSERT INTO EventEconomies VALUES('CHN',42);
INSERT INTO EventEconomies VALUES('CHN',43);
INSERT INTO EventEconomies VALUES('CHN',44);
INSERT INTO EventEconomies VALUES('CHN',45);
INSERT INTO EventEconomies VALUES('CHN',46);
INSERT INTO EventEconomies VALUES('CHN',47);
INSERT INTO EventEconomies VALUES('CHN',48);
INSERT INTO EventEconomies VALUES('CHN',49);
INSERT INTO EventEconomies VALUES('CHN',50);
INSERT INTO EventEconomies VALUES('CHN',51);
INSERT INTO EventEconomies VALUES('CHN',52);
INSERT INTO EventEconomies VALUES('CHN',53);
INSERT INTO EventEconomies VALUES('CHN',54);
INSERT INTO EventEconomies VALUES('CHN',55);
INSERT INTO EventEconomies VALUES('CHN',56);
INSERT INTO EventEconomies VALUES('CHN',57);
INSERT INTO EventEconomies VALUES('CHN',58);
INSERT INTO EventEconomies VALUES('CHN',59);
INSERT INTO EventEconomies VALUES('CHN',60);
INSERT INTO EventEconomies VALUES('CHN',61);
INSERT INTO EventEconomies VALUES('CHN',62);
INSERT INTO EventEconomies VALUES('CHN',63);
INSERT INTO EventEconomies VALUES('CHN',64);
INSERT INTO EventEconomies VALUES('CHN',65);
INSERT INTO EventEconomies VALUES('CHN',66);
INSERT INTO EventEconomies VALUES('CHN',67);
INSERT INTO EventEconomies VALUES('CHN',68);
INSERT INTO EventEconomies VALUES('CHN',69);
INSERT INTO EventEconomies VALUES('CHN',70);
INSERT INTO EventEconomies VALUES('CHN',71);
INSERT INTO EventEconomies VALUES('CHN',72);
INSERT INTO EventEconomies VALUES('CHN',73);
INSERT INTO EventEconomies VALUES('CHN',74);
INSERT INTO EventEconomies VALUES('CHN',75);
INSERT INTO EventEconomies VALUES('CHN',76);
INSERT INTO EventEconomies VALUES('CHN',77);
INSERT INTO EventEconomies VALUES('CHN',78);
INSERT INTO EventEconomies VALUES('CHN',79);
INSERT INTO EventEconomies VALUES('CHN',80);
INSERT INTO EventEconomies VALUES('CHN',81);
INSERT INTO EventEconomies VALUES('USA',1);
INSERT INTO EventEconomies VALUES('USA',2);
INSERT INTO EventEconomies VALUES('USA',3);
INSERT INTO EventEconomies VALUES('USA',4);
INSERT INTO EventEconomies VALUES('USA',5);
INSERT INTO EventEconomies VALUES('USA',6);
INSERT INTO EventEconomies VALUES('USA',7);
INSERT INTO EventEconomies VALUES('USA',8);
INSERT INTO EventEconomies VALUES('USA',9);
INSERT INTO EventEconomies VALUES('USA',10);
INSERT INTO EventEconomies VALUES('USA',11);
INSERT INTO EventEconomies VALUES('USA',12);
INSERT INTO EventEconomies VALUES('USA',13);
INSERT INTO EventEconomies VALUES('USA',14);
INSERT INTO EventEconomies VALUES('USA',15);
INSERT INTO EventEconomies VALUES('USA',16);
INSERT INTO EventEconomies VALUES('USA',17);
INSERT INTO EventEconomies VALUES('USA',18);
INSERT INTO EventEconomies VALUES('USA',19);
INSERT INTO EventEconomies VALUES('USA',20);
INSERT INTO EventEconomies VALUES('USA',21);
INSERT INTO EventEconomies VALUES('USA',22);
INSERT INTO EventEconomies VALUES('USA',23);
INSERT INTO EventEconomies VALUES('USA',24);
INSERT INTO EventEconomies VALUES('USA',25);
INSERT INTO EventEconomies VALUES('USA',26);
INSERT INTO EventEconomies VALUES('USA',27);
INSERT INTO EventEconomies VALUES('USA',28);
INSERT INTO EventEconomies VALUES('USA',29);
INSERT INTO EventEconomies VALUES('USA',30);
INSERT INTO EventEconomies VALUES('USA',31);
INSERT INTO EventEconomies VALUES('USA',32);
INSERT INTO EventEconomies VALUES('USA',33);
INSERT INTO EventEconomies VALUES('USA',34);
INSERT INTO EventEconomies VALUES('USA',35);
INSERT INTO EventEconomies VALUES('USA',36);
INSERT INTO EventEconomies VALUES('USA',37);
INSERT INTO EventEconomies VALUES('USA',38);
INSERT INTO EventEconomies VALUES('USA',39);
INSERT INTO EventEconomies VALUES('USA',40);
INSERT INTO EventEconomies VALUES('USA',41);
INSERT INTO EventEconomies VALUES('USA',42);
INSERT INTO EventEconomies VALUES('USA',43);
INSERT INTO EventEconomies VALUES('USA',44);
INSERT INTO EventEconomies VALUES('USA',45);
INSERT INTO EventEconomies VALUES('USA',46);
INSERT INTO EventEconomies VALUES('USA',47);
INSERT INTO EventEconomies VALUES('USA',48);
INSERT INTO EventEconomies VALUES('USA',49);
INSERT INTO EventEconomies VALUES('USA',50);
INSERT INTO EventEconomies VALUES('USA',51);
INSERT INTO EventEconomies VALUES('USA',52);
INSERT INTO EventEconomies VALUES('USA',53);
INSERT INTO EventEconomies VALUES('USA',54);
INSERT INTO EventEconomies VALUES('USA',55);
INSERT INTO EventEconomies VALUES('USA',56);
INSERT INTO EventEconomies VALUES('USA',57);
INSERT INTO EventEconomies VALUES('USA',58);
INSERT INTO EventEconomies VALUES('USA',59);
INSERT INTO EventEconomies VALUES('USA',60);
INSERT INTO EventEconomies VALUES('USA',61);
INSERT INTO EventEconomies VALUES('USA',62);
INSERT INTO EventEconomies VALUES('USA',63);
INSERT INTO EventEconomies VALUES('USA',64);
INSERT INTO EventEconomies VALUES('USA',65);
INSERT INTO EventEconomies VALUES('USA',66);
INSERT INTO EventEconomies VALUES('USA',67);
INSERT INTO EventEconomies VALUES('USA',68);
INSERT INTO EventEconomies VALUES('USA',69);
INSERT INTO EventEconomies VALUES('USA',70);
INSERT INTO EventEconomies VALUES('USA',71);
INSERT INTO EventEconomies VALUES('USA',72);
INSERT INTO EventEconomies VALUES('USA',73);
INSERT INTO EventEconomies VALUES('USA',74);
INSERT INTO EventEconomies VALUES('USA',75);
INSERT INTO EventEconomies VALUES('USA',76);
INSERT INTO EventEconomies VALUES('USA',77);
INSERT INTO EventEconomies VALUES('USA',78);
INSERT INTO EventEconomies VALUES('USA',79);
INSERT INTO EventEconomies VALUES('USA',80);
INSERT INTO EventEconomies VALUES('USA',81);
CREATE TABLE IF NOT EXISTS "DeadlineExtension" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeadlineExtension" PRIMARY KEY AUTOINCREMENT,
    "DeadlineId" INTEGER NOT NULL,
    "NewDueAt" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "Note" TEXT NULL,
    "SourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_DeadlineExtension_Deadlines_DeadlineId" FOREIGN KEY ("DeadlineId") REFERENCES "Deadlines" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeadlineExtension_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);
INSERT INTO DeadlineExtension VALUES(1,38,'2026-11-10T03:59:00.0000000Z','America/New_York','2025-11-26',NULL,68);
INSERT INTO DeadlineExtension VALUES(2,36,'2026-11-10T05:01:00.0000000Z','America/New_York','2025-11-04',NULL,66);
INSERT INTO DeadlineExtension VALUES(3,32,'2025-11-10T05:01:00.0000000Z','Asia/Shanghai','2025-08-12',NULL,63);
INSERT INTO DeadlineExtension VALUES(4,31,'2025-11-10T05:01:00.0000000Z','America/New_York','2025-08-11',NULL,62);
INSERT INTO DeadlineExtension VALUES(5,30,'2025-08-07T04:01:00.0000000Z','America/New_York','2025-07-31',NULL,61);
INSERT INTO DeadlineExtension VALUES(6,29,'2025-08-01T04:01:00.0000000Z','America/New_York','2025-07-07',NULL,60);
INSERT INTO DeadlineExtension VALUES(7,29,'2025-08-07T04:01:00.0000000Z','America/New_York','2025-07-31',NULL,61);
INSERT INTO DeadlineExtension VALUES(8,10,'2019-10-15T04:00:00.0000000Z','America/New_York','2019-09-11',NULL,52);
INSERT INTO DeadlineExtension VALUES(9,4,'2019-03-02T05:01:00.0000000Z','America/New_York','2018-12-01',NULL,49);
CREATE TABLE IF NOT EXISTS "DeadlineSources" (
    "DeadlineId" INTEGER NOT NULL,
    "SourcesId" INTEGER NOT NULL,
    CONSTRAINT "PK_DeadlineSources" PRIMARY KEY ("DeadlineId", "SourcesId"),
    CONSTRAINT "FK_DeadlineSources_Deadlines_DeadlineId" FOREIGN KEY ("DeadlineId") REFERENCES "Deadlines" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeadlineSources_Sources_SourcesId" FOREIGN KEY ("SourcesId") REFERENCES "Sources" ("Id") ON DELETE CASCADE
);
INSERT INTO DeadlineSources VALUES(1,6);
INSERT INTO DeadlineSources VALUES(2,7);
INSERT INTO DeadlineSources VALUES(3,48);
INSERT INTO DeadlineSources VALUES(4,49);
INSERT INTO DeadlineSources VALUES(5,50);
INSERT INTO DeadlineSources VALUES(6,9);
INSERT INTO DeadlineSources VALUES(7,37);
INSERT INTO DeadlineSources VALUES(8,51);
INSERT INTO DeadlineSources VALUES(9,10);
INSERT INTO DeadlineSources VALUES(10,52);
INSERT INTO DeadlineSources VALUES(11,13);
INSERT INTO DeadlineSources VALUES(12,12);
INSERT INTO DeadlineSources VALUES(13,11);
INSERT INTO DeadlineSources VALUES(14,53);
INSERT INTO DeadlineSources VALUES(15,54);
INSERT INTO DeadlineSources VALUES(16,17);
INSERT INTO DeadlineSources VALUES(17,55);
INSERT INTO DeadlineSources VALUES(18,56);
INSERT INTO DeadlineSources VALUES(19,20);
INSERT INTO DeadlineSources VALUES(20,57);
INSERT INTO DeadlineSources VALUES(21,22);
INSERT INTO DeadlineSources VALUES(22,24);
INSERT INTO DeadlineSources VALUES(23,25);
INSERT INTO DeadlineSources VALUES(24,44);
INSERT INTO DeadlineSources VALUES(25,45);
INSERT INTO DeadlineSources VALUES(26,58);
INSERT INTO DeadlineSources VALUES(27,59);
INSERT INTO DeadlineSources VALUES(28,46);
INSERT INTO DeadlineSources VALUES(29,60);
INSERT INTO DeadlineSources VALUES(30,61);
INSERT INTO DeadlineSources VALUES(31,62);
INSERT INTO DeadlineSources VALUES(32,63);
INSERT INTO DeadlineSources VALUES(33,64);
INSERT INTO DeadlineSources VALUES(34,31);
INSERT INTO DeadlineSources VALUES(35,65);
INSERT INTO DeadlineSources VALUES(36,66);
INSERT INTO DeadlineSources VALUES(37,67);
INSERT INTO DeadlineSources VALUES(38,68);
INSERT INTO DeadlineSources VALUES(39,69);
INSERT INTO DeadlineSources VALUES(40,14);
INSERT INTO DeadlineSources VALUES(41,66);
INSERT INTO DeadlineSources VALUES(42,69);
CREATE TABLE IF NOT EXISTS "Disagreement" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Disagreement" PRIMARY KEY AUTOINCREMENT,
    "TradeEventId" INTEGER NOT NULL,
    "Claim" TEXT NOT NULL,
    "ClaimSourceId" INTEGER NOT NULL,
    "CounterClaim" TEXT NOT NULL,
    "CounterSourceId" INTEGER NOT NULL,
    CONSTRAINT "FK_Disagreement_Events_TradeEventId" FOREIGN KEY ("TradeEventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Disagreement_Sources_ClaimSourceId" FOREIGN KEY ("ClaimSourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Disagreement_Sources_CounterSourceId" FOREIGN KEY ("CounterSourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);
INSERT INTO Disagreement VALUES(1,57,'The June 9, 2025 news report the tracker grew from said China''s exports fell 3.4% in May 2025.',1,'China''s customs data put May exports up 4.8% year on year; it was imports that fell 3.4% (exports to the US fell about 35%).',99);
CREATE TABLE IF NOT EXISTS "EventSources" (
    "SourcesId" INTEGER NOT NULL,
    "TradeEventId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventSources" PRIMARY KEY ("SourcesId", "TradeEventId"),
    CONSTRAINT "FK_EventSources_Events_TradeEventId" FOREIGN KEY ("TradeEventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventSources_Sources_SourcesId" FOREIGN KEY ("SourcesId") REFERENCES "Sources" ("Id") ON DELETE CASCADE
);
INSERT INTO EventSources VALUES(70,1);
INSERT INTO EventSources VALUES(70,2);
INSERT INTO EventSources VALUES(71,4);
INSERT INTO EventSources VALUES(72,7);
INSERT INTO EventSources VALUES(73,8);
INSERT INTO EventSources VALUES(74,10);
INSERT INTO EventSources VALUES(75,12);
INSERT INTO EventSources VALUES(76,14);
INSERT INTO EventSources VALUES(77,15);
INSERT INTO EventSources VALUES(78,17);
INSERT INTO EventSources VALUES(79,18);
INSERT INTO EventSources VALUES(80,19);
INSERT INTO EventSources VALUES(81,20);
INSERT INTO EventSources VALUES(82,24);
INSERT INTO EventSources VALUES(83,26);
INSERT INTO EventSources VALUES(84,28);
INSERT INTO EventSources VALUES(85,29);
INSERT INTO EventSources VALUES(86,30);
INSERT INTO EventSources VALUES(87,33);
INSERT INTO EventSources VALUES(88,34);
INSERT INTO EventSources VALUES(89,36);
INSERT INTO EventSources VALUES(90,37);
INSERT INTO EventSources VALUES(91,41);
INSERT INTO EventSources VALUES(92,42);
INSERT INTO EventSources VALUES(93,45);
INSERT INTO EventSources VALUES(94,46);
INSERT INTO EventSources VALUES(95,52);
INSERT INTO EventSources VALUES(96,53);
INSERT INTO EventSources VALUES(97,55);
INSERT INTO EventSources VALUES(98,56);
INSERT INTO EventSources VALUES(99,57);
INSERT INTO EventSources VALUES(100,58);
INSERT INTO EventSources VALUES(101,59);
INSERT INTO EventSources VALUES(102,60);
INSERT INTO EventSources VALUES(103,61);
INSERT INTO EventSources VALUES(104,62);
INSERT INTO EventSources VALUES(105,66);
INSERT INTO EventSources VALUES(106,67);
INSERT INTO EventSources VALUES(107,68);
INSERT INTO EventSources VALUES(108,69);
INSERT INTO EventSources VALUES(109,73);
INSERT INTO EventSources VALUES(110,74);
INSERT INTO EventSources VALUES(111,76);
INSERT INTO EventSources VALUES(112,79);
INSERT INTO EventSources VALUES(113,80);
INSERT INTO EventSources VALUES(2,81);
INSERT INTO EventSources VALUES(6,5);
INSERT INTO EventSources VALUES(12,23);
INSERT INTO EventSources VALUES(13,22);
INSERT INTO EventSources VALUES(16,31);
INSERT INTO EventSources VALUES(18,35);
INSERT INTO EventSources VALUES(19,38);
INSERT INTO EventSources VALUES(22,44);
INSERT INTO EventSources VALUES(24,47);
INSERT INTO EventSources VALUES(25,48);
INSERT INTO EventSources VALUES(27,50);
INSERT INTO EventSources VALUES(28,70);
INSERT INTO EventSources VALUES(33,3);
INSERT INTO EventSources VALUES(34,6);
INSERT INTO EventSources VALUES(35,9);
INSERT INTO EventSources VALUES(36,11);
INSERT INTO EventSources VALUES(37,16);
INSERT INTO EventSources VALUES(38,21);
INSERT INTO EventSources VALUES(39,25);
INSERT INTO EventSources VALUES(41,39);
INSERT INTO EventSources VALUES(41,40);
INSERT INTO EventSources VALUES(42,43);
INSERT INTO EventSources VALUES(44,49);
INSERT INTO EventSources VALUES(45,51);
INSERT INTO EventSources VALUES(46,54);
INSERT INTO EventSources VALUES(47,71);
INSERT INTO EventSources VALUES(50,13);
INSERT INTO EventSources VALUES(53,27);
INSERT INTO EventSources VALUES(54,32);
INSERT INTO EventSources VALUES(61,63);
INSERT INTO EventSources VALUES(62,64);
INSERT INTO EventSources VALUES(63,65);
INSERT INTO EventSources VALUES(65,72);
INSERT INTO EventSources VALUES(66,75);
INSERT INTO EventSources VALUES(69,77);
INSERT INTO EventSources VALUES(69,78);
CREATE TABLE IF NOT EXISTS "DeadlineMeasures" (
    "DeadlineId" INTEGER NOT NULL,
    "MeasuresId" INTEGER NOT NULL,
    CONSTRAINT "PK_DeadlineMeasures" PRIMARY KEY ("DeadlineId", "MeasuresId"),
    CONSTRAINT "FK_DeadlineMeasures_Deadlines_DeadlineId" FOREIGN KEY ("DeadlineId") REFERENCES "Deadlines" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeadlineMeasures_Measures_MeasuresId" FOREIGN KEY ("MeasuresId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "EventMeasures" (
    "MeasuresId" INTEGER NOT NULL,
    "TradeEventId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventMeasures" PRIMARY KEY ("MeasuresId", "TradeEventId"),
    CONSTRAINT "FK_EventMeasures_Events_TradeEventId" FOREIGN KEY ("TradeEventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventMeasures_Measures_MeasuresId" FOREIGN KEY ("MeasuresId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);
INSERT INTO EventMeasures VALUES(25,75);
INSERT INTO EventMeasures VALUES(26,53);
INSERT INTO EventMeasures VALUES(26,75);
INSERT INTO EventMeasures VALUES(28,70);
INSERT INTO EventMeasures VALUES(46,76);
INSERT INTO EventMeasures VALUES(47,76);
INSERT INTO EventMeasures VALUES(48,53);
INSERT INTO EventMeasures VALUES(48,76);
CREATE TABLE IF NOT EXISTS "MeasureAffects" (
    "MeasureId" INTEGER NOT NULL,
    "AffectedMeasureId" INTEGER NOT NULL,
    CONSTRAINT "PK_MeasureAffects" PRIMARY KEY ("MeasureId", "AffectedMeasureId"),
    CONSTRAINT "FK_MeasureAffects_Measures_AffectedMeasureId" FOREIGN KEY ("AffectedMeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeasureAffects_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);
INSERT INTO MeasureAffects VALUES(1,26);
INSERT INTO MeasureAffects VALUES(2,26);
INSERT INTO MeasureAffects VALUES(9,3);
INSERT INTO MeasureAffects VALUES(9,4);
INSERT INTO MeasureAffects VALUES(9,5);
INSERT INTO MeasureAffects VALUES(9,6);
INSERT INTO MeasureAffects VALUES(10,3);
INSERT INTO MeasureAffects VALUES(10,4);
INSERT INTO MeasureAffects VALUES(10,5);
INSERT INTO MeasureAffects VALUES(10,6);
INSERT INTO MeasureAffects VALUES(11,3);
INSERT INTO MeasureAffects VALUES(11,4);
INSERT INTO MeasureAffects VALUES(11,5);
INSERT INTO MeasureAffects VALUES(11,6);
INSERT INTO MeasureAffects VALUES(12,3);
INSERT INTO MeasureAffects VALUES(12,4);
INSERT INTO MeasureAffects VALUES(12,5);
INSERT INTO MeasureAffects VALUES(12,6);
INSERT INTO MeasureAffects VALUES(13,3);
INSERT INTO MeasureAffects VALUES(13,4);
INSERT INTO MeasureAffects VALUES(13,5);
INSERT INTO MeasureAffects VALUES(13,6);
INSERT INTO MeasureAffects VALUES(14,3);
INSERT INTO MeasureAffects VALUES(14,4);
INSERT INTO MeasureAffects VALUES(14,5);
INSERT INTO MeasureAffects VALUES(14,6);
INSERT INTO MeasureAffects VALUES(15,3);
INSERT INTO MeasureAffects VALUES(15,4);
INSERT INTO MeasureAffects VALUES(15,5);
INSERT INTO MeasureAffects VALUES(15,6);
INSERT INTO MeasureAffects VALUES(16,3);
INSERT INTO MeasureAffects VALUES(16,4);
INSERT INTO MeasureAffects VALUES(16,5);
INSERT INTO MeasureAffects VALUES(16,6);
INSERT INTO MeasureAffects VALUES(17,3);
INSERT INTO MeasureAffects VALUES(17,4);
INSERT INTO MeasureAffects VALUES(17,5);
INSERT INTO MeasureAffects VALUES(17,6);
INSERT INTO MeasureAffects VALUES(18,3);
INSERT INTO MeasureAffects VALUES(18,4);
INSERT INTO MeasureAffects VALUES(18,5);
INSERT INTO MeasureAffects VALUES(18,6);
INSERT INTO MeasureAffects VALUES(19,3);
INSERT INTO MeasureAffects VALUES(19,4);
INSERT INTO MeasureAffects VALUES(19,5);
INSERT INTO MeasureAffects VALUES(19,6);
INSERT INTO MeasureAffects VALUES(20,3);
INSERT INTO MeasureAffects VALUES(20,4);
INSERT INTO MeasureAffects VALUES(20,5);
INSERT INTO MeasureAffects VALUES(20,6);
INSERT INTO MeasureAffects VALUES(21,3);
INSERT INTO MeasureAffects VALUES(21,4);
INSERT INTO MeasureAffects VALUES(21,5);
INSERT INTO MeasureAffects VALUES(21,6);
INSERT INTO MeasureAffects VALUES(22,3);
INSERT INTO MeasureAffects VALUES(22,4);
INSERT INTO MeasureAffects VALUES(22,5);
INSERT INTO MeasureAffects VALUES(22,6);
INSERT INTO MeasureAffects VALUES(23,3);
INSERT INTO MeasureAffects VALUES(23,4);
INSERT INTO MeasureAffects VALUES(23,5);
INSERT INTO MeasureAffects VALUES(23,6);
INSERT INTO MeasureAffects VALUES(24,3);
INSERT INTO MeasureAffects VALUES(24,4);
INSERT INTO MeasureAffects VALUES(24,5);
INSERT INTO MeasureAffects VALUES(24,6);
INSERT INTO MeasureAffects VALUES(27,26);
CREATE TABLE IF NOT EXISTS "MeasureSources" (
    "SourcesId" INTEGER NOT NULL,
    "TariffMeasureId" INTEGER NOT NULL,
    CONSTRAINT "PK_MeasureSources" PRIMARY KEY ("SourcesId", "TariffMeasureId"),
    CONSTRAINT "FK_MeasureSources_Measures_TariffMeasureId" FOREIGN KEY ("TariffMeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeasureSources_Sources_SourcesId" FOREIGN KEY ("SourcesId") REFERENCES "Sources" ("Id") ON DELETE CASCADE
);
INSERT INTO MeasureSources VALUES(3,1);
INSERT INTO MeasureSources VALUES(3,2);
INSERT INTO MeasureSources VALUES(4,1);
INSERT INTO MeasureSources VALUES(4,2);
INSERT INTO MeasureSources VALUES(5,2);
INSERT INTO MeasureSources VALUES(6,3);
INSERT INTO MeasureSources VALUES(7,4);
INSERT INTO MeasureSources VALUES(8,5);
INSERT INTO MeasureSources VALUES(9,5);
INSERT INTO MeasureSources VALUES(10,6);
INSERT INTO MeasureSources VALUES(11,6);
INSERT INTO MeasureSources VALUES(12,7);
INSERT INTO MeasureSources VALUES(13,8);
INSERT INTO MeasureSources VALUES(14,9);
INSERT INTO MeasureSources VALUES(14,10);
INSERT INTO MeasureSources VALUES(14,11);
INSERT INTO MeasureSources VALUES(14,12);
INSERT INTO MeasureSources VALUES(14,15);
INSERT INTO MeasureSources VALUES(14,16);
INSERT INTO MeasureSources VALUES(14,17);
INSERT INTO MeasureSources VALUES(14,19);
INSERT INTO MeasureSources VALUES(14,20);
INSERT INTO MeasureSources VALUES(15,13);
INSERT INTO MeasureSources VALUES(16,14);
INSERT INTO MeasureSources VALUES(16,18);
INSERT INTO MeasureSources VALUES(16,21);
INSERT INTO MeasureSources VALUES(16,22);
INSERT INTO MeasureSources VALUES(17,23);
INSERT INTO MeasureSources VALUES(18,24);
INSERT INTO MeasureSources VALUES(19,25);
INSERT INTO MeasureSources VALUES(20,25);
INSERT INTO MeasureSources VALUES(21,25);
INSERT INTO MeasureSources VALUES(22,26);
INSERT INTO MeasureSources VALUES(23,26);
INSERT INTO MeasureSources VALUES(24,26);
INSERT INTO MeasureSources VALUES(25,26);
INSERT INTO MeasureSources VALUES(26,26);
INSERT INTO MeasureSources VALUES(27,27);
INSERT INTO MeasureSources VALUES(28,28);
INSERT INTO MeasureSources VALUES(29,29);
INSERT INTO MeasureSources VALUES(30,29);
INSERT INTO MeasureSources VALUES(31,30);
INSERT INTO MeasureSources VALUES(32,31);
INSERT INTO MeasureSources VALUES(33,32);
INSERT INTO MeasureSources VALUES(33,33);
INSERT INTO MeasureSources VALUES(34,34);
INSERT INTO MeasureSources VALUES(35,35);
INSERT INTO MeasureSources VALUES(36,36);
INSERT INTO MeasureSources VALUES(36,37);
INSERT INTO MeasureSources VALUES(37,38);
INSERT INTO MeasureSources VALUES(37,39);
INSERT INTO MeasureSources VALUES(37,40);
INSERT INTO MeasureSources VALUES(38,41);
INSERT INTO MeasureSources VALUES(38,42);
INSERT INTO MeasureSources VALUES(39,41);
INSERT INTO MeasureSources VALUES(39,42);
INSERT INTO MeasureSources VALUES(40,43);
INSERT INTO MeasureSources VALUES(41,44);
INSERT INTO MeasureSources VALUES(41,45);
INSERT INTO MeasureSources VALUES(42,46);
INSERT INTO MeasureSources VALUES(42,47);
INSERT INTO MeasureSources VALUES(43,48);
INSERT INTO MeasureSources VALUES(44,48);
INSERT INTO MeasureSources VALUES(45,48);
INSERT INTO MeasureSources VALUES(46,48);
INSERT INTO MeasureSources VALUES(47,49);
CREATE TABLE IF NOT EXISTS "RateSteps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RateSteps" PRIMARY KEY AUTOINCREMENT,
    "TariffMeasureId" INTEGER NOT NULL,
    "ReferenceId" TEXT NULL,
    "RatePercent" TEXT NULL,
    "InForceFrom" TEXT NULL,
    "InForceUntil" TEXT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "AnnouncedOn" TEXT NULL,
    "NeverApplied" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "TimelineDate" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL, "ArchivedAt" TEXT NULL, "ArchivedBy" TEXT NULL,
    CONSTRAINT "FK_RateSteps_Measures_TariffMeasureId" FOREIGN KEY ("TariffMeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);
INSERT INTO RateSteps VALUES(1,1,'M001','25.0','2018-03-23T04:00:00.0000000Z','2025-06-04T04:01:00.0000000Z','America/New_York','2018-03-08',0,'Not China-specific. Rate for China unchanged by the 2025-03-12 expansion (see M003); raised to 50% from 2025-06-04 (M004). end_date = last day at 25%, not a revocation.','2018-03-23','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','A2035921-816F-4B4E-BC23-BFCD4A318C03',NULL,NULL);
INSERT INTO RateSteps VALUES(2,1,'M004','50.0','2025-06-04T04:01:00.0000000Z',NULL,'America/New_York','2025-06-03',0,'Effective 12:01 a.m. ET 2025-06-04. UK kept at 25%. Non-metal content of derivatives subject to IEEPA reciprocal duty per proclamation (Butzel).','2025-06-04','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','CDD3273E-2B72-4433-94BA-50AA04C8678C',NULL,NULL);
INSERT INTO RateSteps VALUES(3,2,'M002','10.0','2018-03-23T04:00:00.0000000Z','2025-03-12T04:00:00.0000000Z','America/New_York','2018-03-08',0,'Raised to 25% from 2025-03-12 (Proclamation 10895) per Securus Trade (M003). China retaliated 2018-04-02 (M045-M046).','2018-03-23','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','95792E99-8CDB-4C77-8CAF-D61181027479',NULL,NULL);
INSERT INTO RateSteps VALUES(4,2,'M003','25.0','2025-03-12T04:00:00.0000000Z','2025-06-04T04:01:00.0000000Z','America/New_York','2025-02-10',0,'Global measure. Counted by PIIE among 2025 tariff increases affecting China.','2025-03-12','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','54095B9E-C238-4626-ACE2-3D23740BAD41',NULL,NULL);
INSERT INTO RateSteps VALUES(5,2,'M004','50.0','2025-06-04T04:01:00.0000000Z',NULL,'America/New_York','2025-06-03',0,'Effective 12:01 a.m. ET 2025-06-04. UK kept at 25%. Non-metal content of derivatives subject to IEEPA reciprocal duty per proclamation (Butzel).','2025-06-04','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','FCBF4972-EA9C-4CE5-8BF7-B7F23CC18AFF',NULL,NULL);
INSERT INTO RateSteps VALUES(6,3,'M005','25.0','2018-07-06T04:00:00.0000000Z',NULL,'America/New_York','2018-06-15',0,'818 of 1,333 proposed lines. HS chapter list per hype.news (CLN Worldwide) repost. Product exclusions granted 2018-2020; some lines later raised by the 2024 four-year review (e.g. EVs, M013).','2018-07-06','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','D1AC1E32-150E-4342-BAC0-40A91CE3F654',NULL,NULL);
INSERT INTO RateSteps VALUES(7,4,'M006','25.0','2018-08-23T04:00:00.0000000Z',NULL,'America/New_York','2018-08-07',0,'Final list announced 2018-08-07 (Trend/Reuters, OceanAir). HS chapters per hype.news repost.','2018-08-23','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','2CD2A86C-40AA-433B-AC70-C5E9F16F587D',NULL,NULL);
INSERT INTO RateSteps VALUES(8,5,'M007','10.0','2018-09-24T04:01:00.0000000Z','2019-05-10T04:01:00.0000000Z','America/New_York','2018-09-17',0,'Effective 12:01 a.m. EDT 2018-09-24. Step-up to 25% scheduled 2019-01-01 was postponed to 2019-03-02 (Dec 2018 notice) and then indefinitely (2019-02-24); raised 2019-05-10 (M008).','2018-09-24','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8995DD8A-4A4E-4593-8046-1A31FEDFA204',NULL,NULL);
INSERT INTO RateSteps VALUES(9,5,'M008','25.0','2019-05-10T04:01:00.0000000Z',NULL,'America/New_York','2019-05-05',0,'12:01 a.m. 2019-05-10. Goods exported before May 10 and entered before 2019-06-15 kept the 10% rate (ITCU/Baker McKenzie). Increase announced by Trump 2019-05-05 (cmtradelaw).','2019-05-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B9429B8A-138B-453C-A6AA-6ACB7F5465EF',NULL,NULL);
INSERT INTO RateSteps VALUES(10,6,'M009','15.0','2019-09-01T04:00:00.0000000Z','2020-02-14T05:01:00.0000000Z','America/New_York','2019-08-13',0,'The 2019-08-20 notice set 10%; after China''s 2019-08-23 retaliation Trump raised it to 15% before Sept 1 (PST.AG), so 10% never applied. Cut to 7.5% under Phase One (M010).','2019-09-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','4B7197FC-FF31-4648-8F95-55EA80AB61C5',NULL,NULL);
INSERT INTO RateSteps VALUES(11,6,'M010','7.5','2020-02-14T05:01:00.0000000Z',NULL,'America/New_York','2019-12-13',0,'Applicable 12:01 a.m. EST 2020-02-14, the Phase One entry-into-force date.','2020-02-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','6C0DEE8B-6185-4BC4-B019-2D377DAB867A',NULL,NULL);
INSERT INTO RateSteps VALUES(12,7,'M011','15.0',NULL,NULL,'America/New_York','2019-08-13',1,'Was scheduled for 2019-12-15 (10%, raised to 15% on 2019-08-23); suspended on 2019-12-13 under the Phase One deal. Never collected - exclude from point-in-time sums.','2019-08-13','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','DC1528F0-87C6-42A6-A23D-ECAA84F25B7F',NULL,NULL);
INSERT INTO RateSteps VALUES(13,8,'M012','30.0',NULL,NULL,'America/New_York','2019-08-23',1,'Proposed for 2019-10-01 (cmtradelaw), moved to 2019-10-15 on 2019-09-11, cancelled 2019-10-11 with the Phase One agreement in principle.','2019-08-23','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8C4AAE29-A58C-4B0E-A112-F8D20194E1F7',NULL,NULL);
INSERT INTO RateSteps VALUES(14,9,'M013','100.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Replaces the prior 25% Section 301 rate on these lines (not additive). Effective date 2024-09-27 per globaltradeandsanctionslaw.com / Mondaq.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','9A03C41C-2AAC-498E-BB46-7C02F6C5800E',NULL,NULL);
INSERT INTO RateSteps VALUES(15,10,'M014','25.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 7.5%.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B5B807FA-C5E2-43A0-9F4E-9ABB0B9AAD25',NULL,NULL);
INSERT INTO RateSteps VALUES(16,11,'M015','25.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 7.5%.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','354E3D7F-5721-4453-8125-402B10169E16',NULL,NULL);
INSERT INTO RateSteps VALUES(17,12,'M016','25.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 0%. Tungsten lines added separately from 2025-01-01 (M029).','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','E2D36009-6775-42F7-9205-F5884BDC28C9',NULL,NULL);
INSERT INTO RateSteps VALUES(18,13,'M017','50.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 25%. Rate consistent with the May 2024 announcement (Mondaq) and the reposted final USTR table.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','597C2DC8-036D-4BBB-BBC9-C53D90F17526',NULL,NULL);
INSERT INTO RateSteps VALUES(19,14,'M018','25.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 0-7.5%. Final notice made no change to rate/timing (Mondaq 1518070). Separate from Section 232.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','EE4E61E3-0931-48A6-91F7-4E0DC25C0F33',NULL,NULL);
INSERT INTO RateSteps VALUES(20,15,'M019','25.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 0%. Exclusion for cranes under contracts signed before 2024-05-14 that enter before 2026-05-14.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','18DE8F78-AD21-4791-97A1-B3492EA0A992',NULL,NULL);
INSERT INTO RateSteps VALUES(21,16,'M020','100.0','2024-09-27T04:00:00.0000000Z',NULL,'America/New_York','2024-09-13',0,'May 2024 proposal was 50%; final raised to 100%. Enteral syringes excluded until 2026-01-01.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','54D81CDD-CB34-45DE-A051-9FB4FCB0837C',NULL,NULL);
INSERT INTO RateSteps VALUES(22,17,'M021','25.0','2024-09-27T04:00:00.0000000Z','2026-01-01T05:00:00.0000000Z','America/New_York','2024-05-14',0,'Rises to 50% on 2026-01-01 (M022). Disposable textile masks first increase dated 2025-01-01 in the reposted USTR table.','2024-09-27','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C1915CC5-85C4-4118-BA94-572687A291FE',NULL,NULL);
INSERT INTO RateSteps VALUES(23,17,'M022','50.0','2026-01-01T05:00:00.0000000Z',NULL,'America/New_York','2024-09-13',0,'Scheduled; not yet in effect at data cutoff (late Nov 2025).','2026-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8F9271D3-5191-4495-91AC-B1DFC5E9AC8F',NULL,NULL);
INSERT INTO RateSteps VALUES(24,18,'M023','50.0','2025-01-01T05:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 25%. Effective 2025-01-01 per final notice (globaltradeandsanctionslaw.com).','2025-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','2E2B90A4-6113-4797-8F05-40B1AB4ECA89',NULL,NULL);
INSERT INTO RateSteps VALUES(25,19,'M024','50.0','2025-01-01T05:00:00.0000000Z','2026-01-01T05:00:00.0000000Z','America/New_York','2024-09-13',0,'May proposal was 25% in 2026; final: 50% in 2025, 100% in 2026.','2025-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','FDDDE97A-BAD0-40B9-8792-8EAE50BD9461',NULL,NULL);
INSERT INTO RateSteps VALUES(26,19,'M025','100.0','2026-01-01T05:00:00.0000000Z',NULL,'America/New_York','2024-09-13',0,'Scheduled.','2026-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','59B3BC3F-9493-4523-AAC7-C2C79938DF3B',NULL,NULL);
INSERT INTO RateSteps VALUES(27,20,'M026','25.0','2026-01-01T05:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 7.5%. Scheduled.','2026-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','56663D13-B8D2-4413-AFD8-3A5A7BC042A1',NULL,NULL);
INSERT INTO RateSteps VALUES(28,21,'M027','25.0','2026-01-01T05:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 0%. Scheduled.','2026-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','097A172E-B2DE-4F6D-B5AC-7C07E0CCAFF2',NULL,NULL);
INSERT INTO RateSteps VALUES(29,22,'M028','25.0','2026-01-01T05:00:00.0000000Z',NULL,'America/New_York','2024-05-14',0,'Previously 0%. Scheduled.','2026-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','190C5466-7253-4BD3-99F5-18878DC07712',NULL,NULL);
INSERT INTO RateSteps VALUES(30,23,'M029','25.0','2025-01-01T05:01:00.0000000Z',NULL,'America/New_York','2024-12-11',0,'Applicable 12:01 a.m. EST 2025-01-01. Concludes the four-year review (EY).','2025-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','1613E6A3-5CF0-44D9-8F2D-80520CD5BBCC',NULL,NULL);
INSERT INTO RateSteps VALUES(31,24,'M030','50.0','2025-01-01T05:01:00.0000000Z',NULL,'America/New_York','2024-12-11',0,'Applicable 12:01 a.m. EST 2025-01-01.','2025-01-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','94C56731-A470-49DB-950C-44295CFBBE5E',NULL,NULL);
INSERT INTO RateSteps VALUES(32,25,'M031','10.0','2025-02-04T05:01:00.0000000Z','2025-03-04T05:01:00.0000000Z','America/New_York','2025-02-01',0,'12:01 a.m. ET 2025-02-04 (Akin; CBP notice). HTS 9903.01.20. Stacks on Section 301, 232 and AD/CVD duties.','2025-02-04','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B74A5C9B-A0B6-4946-A789-6B9087C952D8',NULL,NULL);
INSERT INTO RateSteps VALUES(33,25,'M032','20.0','2025-03-04T05:01:00.0000000Z','2025-11-10T05:01:00.0000000Z','America/New_York','2025-03-03',0,'12:01 a.m. ET 2025-03-04; HTS 9903.01.24.','2025-03-04','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','680B1DE3-6D36-41C6-A4E3-12973B77F423',NULL,NULL);
INSERT INTO RateSteps VALUES(34,25,'M033','10.0','2025-11-10T05:01:00.0000000Z',NULL,'America/New_York','2025-11-04',0,'12:01 a.m. EST 2025-11-10 (also CBP CSMS 66749380). Juno Logistics says the reduced rate runs to 12:01 a.m. EST 2026-11-10 unless modified; what applies after that is not confirmed.','2025-11-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C12D81BF-8CEB-40FA-BD67-2A16737996D5',NULL,NULL);
INSERT INTO RateSteps VALUES(35,26,'M034','10.0','2025-04-05T04:01:00.0000000Z','2025-04-09T04:01:00.0000000Z','America/New_York','2025-04-02',0,'12:01 a.m. EDT 2025-04-05. For China replaced from 2025-04-09 by the country-specific rate (PIIE: +10 pp on Apr 5, +74 pp on Apr 9, +41 pp on Apr 10).','2025-04-05','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','FD25E815-B8EC-4623-82A7-CCCD68B4F3A6',NULL,NULL);
INSERT INTO RateSteps VALUES(36,26,'M035','34.0',NULL,NULL,'America/New_York','2025-04-02',1,'Scheduled for 12:01 a.m. EDT 2025-04-09; EO 14259 (2025-04-08) replaced 34% with 84% from the same moment, so 34% was never collected on its own.','2025-04-02','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','6724E7D7-F410-4E80-A91A-734746476FEE',NULL,NULL);
INSERT INTO RateSteps VALUES(37,26,'M036','84.0','2025-04-09T04:01:00.0000000Z','2025-04-10T04:01:00.0000000Z','America/New_York','2025-04-08',0,'12:01 a.m. EDT 2025-04-09. With 20% fentanyl = 104% IEEPA total (Husch Blackwell).','2025-04-09','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','ABA17572-80AF-4FE5-BE48-AFDFC867A638',NULL,NULL);
INSERT INTO RateSteps VALUES(38,26,'M037','125.0','2025-04-10T04:01:00.0000000Z','2025-05-14T04:01:00.0000000Z','America/New_York','2025-04-09',0,'12:01 a.m. EDT 2025-04-10. With 20% fentanyl = 145% IEEPA total; Section 301 additional where applicable.','2025-04-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F65970B2-5D70-477F-8B99-02EA36826FC9',NULL,NULL);
INSERT INTO RateSteps VALUES(39,26,'M039','10.0','2025-05-14T04:01:00.0000000Z',NULL,'America/New_York','2025-05-12',0,'12:01 a.m. EDT 2025-05-14. Suspension of 24 pp ran to 12:01 a.m. EDT 2025-08-12, extended to 12:01 a.m. EST 2025-11-10, then to 12:01 a.m. EST 2026-11-10 (CBP CSMS 66749380). Absent suspension the rate reverts to 34%.','2025-05-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','8C46F7C1-3906-40C6-AED4-AD883ED1DD74',NULL,NULL);
INSERT INTO RateSteps VALUES(40,27,'M038','0.0','2025-04-05T04:01:00.0000000Z',NULL,'America/New_York','2025-04-11',0,'Retroactive to 12:01 a.m. EDT 2025-04-05 with refunds. Exempts these lines from the reciprocal duty only; the memo does not remove the IEEPA fentanyl or Section 301 duties (our reading - not stated in the excerpt).','2025-04-05','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','3490864B-73F9-43EF-842D-4CB971285E67',NULL,NULL);
INSERT INTO RateSteps VALUES(41,28,'M040','100.0',NULL,NULL,'America/New_York','2025-10-10',1,'Announced to start 2025-11-01 ''or sooner''. Bessent said the Kuala Lumpur framework avoided it (Global Neighbours); not imposed.','2025-10-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','78D646A8-111F-4E7B-8A3F-FB1D2A5C0100',NULL,NULL);
INSERT INTO RateSteps VALUES(42,29,'M041','120.0','2025-05-02T04:01:00.0000000Z','2025-05-14T04:01:00.0000000Z','America/New_York','2025-04-02',0,'12:01 a.m. EDT 2025-05-02. Original EO 14256 set 30% or $25/$50 per item; raised to 90%/$75/$150 (Apr 8) and 120%/$100/$200 (Apr 9).','2025-05-02','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','212CF7A1-9218-4D2C-90DC-E85BC4C4BC75',NULL,NULL);
INSERT INTO RateSteps VALUES(43,29,'M042','54.0','2025-05-14T04:01:00.0000000Z',NULL,'America/New_York','2025-05-12',0,'Rate change confirmed (54% or US$100/item; June 1 rise to $200 cancelled). How this regime interacts with the all-country de minimis suspension from 2025-08-29 (EO 14324) was not confirmed from stored sources - end date left blank.','2025-05-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C3EAFAA6-933D-4C53-A35E-8911AE366EB2',NULL,NULL);
INSERT INTO RateSteps VALUES(44,30,'M043',NULL,'2025-10-14T04:00:00.0000000Z','2025-11-10T05:00:00.0000000Z','America/New_York','2025-04-17',0,'Not an ad valorem tariff (rate_percent blank). Suspended for one year from 2025-11-10 (Vedder Price).','2025-10-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','7A64689A-A53E-43E4-BCB7-62CF91019864',NULL,NULL);
INSERT INTO RateSteps VALUES(45,31,'M044','100.0','2025-11-09T05:00:00.0000000Z','2025-11-10T05:00:00.0000000Z','America/New_York','2025-10-10',0,'Green Worldwide reports 100% from 2025-11-09; Vedder Price reports these duties suspended for one year from 2025-11-10. Whether any entry actually paid the duty is unverified.','2025-11-09','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','D859DEBC-ABA4-42E7-BF39-3206CC8FD77D',NULL,NULL);
INSERT INTO RateSteps VALUES(46,32,'M045','25.0','2018-04-01T16:00:00.0000000Z',NULL,'Asia/Shanghai','2018-04-01',0,'Imposition confirmed (USA Today/AP; value per Quartz US$1.992B). No later removal found in stored sources - current status uncertain.','2018-04-02','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F99EAB62-7A56-40F7-839C-64178C01EC17',NULL,NULL);
INSERT INTO RateSteps VALUES(47,33,'M046','15.0','2018-04-01T16:00:00.0000000Z',NULL,'Asia/Shanghai','2018-04-01',0,'Imposition confirmed; current status not verified.','2018-04-02','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','93819D8A-8649-47A0-B220-82AE964D1D65',NULL,NULL);
INSERT INTO RateSteps VALUES(48,34,'M047','25.0','2018-07-05T16:00:00.0000000Z',NULL,'Asia/Shanghai','2018-06-15',0,'Imposition confirmed. Later partially relaxed: the extra tariff on US autos/parts was suspended (referred to as ''suspended'' by NCC in Aug 2019) and product exclusion processes ran from 2019-2020; line-level current status uncertain.','2018-07-06','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','C743374C-E558-45CC-AFE2-C46BE0CE8100',NULL,NULL);
INSERT INTO RateSteps VALUES(49,35,'M048','25.0','2018-08-22T16:00:00.0000000Z',NULL,'Asia/Shanghai','2018-08-08',0,'Imposition confirmed; announced by MOFCOM the day after the US final list (ICIS). Current line-level status uncertain.','2018-08-23','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','69639C42-819A-471E-98D5-AB45742FCE2C',NULL,NULL);
INSERT INTO RateSteps VALUES(50,36,'M049','10.0','2018-09-23T16:00:00.0000000Z','2019-05-31T16:00:00.0000000Z','Asia/Shanghai','2018-09-18',0,'5-10% range confirmed (BBC via abouttrump; Buckland). Item counts inferred from the June 2019 tiers (2,493 + 1,078) - uncertain.','2018-09-24','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','A39090CD-B8E3-4650-8422-2211A7F4FE31',NULL,NULL);
INSERT INTO RateSteps VALUES(51,37,'M050','5.0','2018-09-23T16:00:00.0000000Z',NULL,'Asia/Shanghai','2018-09-18',0,'From 2019-06-01, 974 of these items went to 10% (M053) and ~595 stayed at 5% (BNN Bloomberg). Item split inferred.','2018-09-24','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','22A7B691-7B7D-4DAD-BA55-0ACE689034D1',NULL,NULL);
INSERT INTO RateSteps VALUES(52,38,'M051','25.0','2019-05-31T16:00:00.0000000Z',NULL,'Asia/Shanghai','2019-05-13',0,'Rates/counts confirmed (BNN Bloomberg, SCMP). Subsequent exclusions/halving not applied to this list per stored sources; current status uncertain.','2019-06-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','B734B831-B879-47C7-AE24-63B86F30D77E',NULL,NULL);
INSERT INTO RateSteps VALUES(53,39,'M052','20.0','2019-05-31T16:00:00.0000000Z',NULL,'Asia/Shanghai','2019-05-13',0,'See M051.','2019-06-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','623174D9-89BD-406B-9866-B121A7C2896C',NULL,NULL);
INSERT INTO RateSteps VALUES(54,40,'M053','10.0','2019-05-31T16:00:00.0000000Z',NULL,'Asia/Shanghai','2019-05-13',0,'595 further items continued at 5%.','2019-06-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F2092902-4866-4F54-90C4-68BDF95FAA89',NULL,NULL);
INSERT INTO RateSteps VALUES(55,41,'M054','10.0','2019-08-31T16:00:00.0000000Z','2020-02-13T16:00:00.0000000Z','Asia/Shanghai','2019-08-23',0,'5-10% on ~5,000 items in two batches confirmed (PST.AG, Thompson Hine); split by tier not itemized in stored sources. Halved 2020-02-14 (M057).','2019-09-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','5E42BC45-6E57-4A42-901E-F31F9C7C983F',NULL,NULL);
INSERT INTO RateSteps VALUES(56,41,'M057','5.0','2020-02-13T16:00:00.0000000Z',NULL,'Asia/Shanghai','2020-02-06',0,'Cut effective 2020-02-14 (Gemini says 1:01 p.m., time zone unspecified). Current status after 2020 not verified.','2020-02-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','3B42ACF5-1F1A-4EAD-BBD1-84B2BDDC1BEB',NULL,NULL);
INSERT INTO RateSteps VALUES(57,42,'M055','5.0','2019-08-31T16:00:00.0000000Z','2020-02-13T16:00:00.0000000Z','Asia/Shanghai','2019-08-23',0,'Example products per NCC Washington Report. Halved 2020-02-14 (M058).','2019-09-01','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F07D9D1A-F8F0-44EF-B3E5-5BB610C1D41E',NULL,NULL);
INSERT INTO RateSteps VALUES(58,42,'M058','2.5','2020-02-13T16:00:00.0000000Z',NULL,'Asia/Shanghai','2020-02-06',0,'See M057.','2020-02-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','61B0C7D8-FC1C-4572-94A4-4C4392F46E5B',NULL,NULL);
INSERT INTO RateSteps VALUES(59,43,'M056','25.0',NULL,NULL,'Asia/Shanghai','2019-08-23',1,'Scheduled for 2019-12-15; China suspended it in line with the Phase One deal (Gemini Shippers; cmtradelaw). rate_percent shows the auto rate.','2019-08-23','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','26C0C76C-A27F-41DB-B66F-98E3C1F2B8A8',NULL,NULL);
INSERT INTO RateSteps VALUES(60,44,'M059','15.0','2025-02-09T16:00:00.0000000Z',NULL,'Asia/Shanghai','2025-02-04',0,'Imposition confirmed (Shanghai Daily, Thompson Coburn; HS codes per EnergyNow translation). The Nov 2025 relief announced in stored sources covered the March 4 farm list; no removal of this list found - current status uncertain.','2025-02-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','454825EA-49D4-4B74-B5D5-AB7D47BCEE80',NULL,NULL);
INSERT INTO RateSteps VALUES(61,45,'M060','10.0','2025-02-09T16:00:00.0000000Z',NULL,'Asia/Shanghai','2025-02-04',0,'See M059.','2025-02-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','605D5E19-E134-40D3-BC9B-E395D29CF304',NULL,NULL);
INSERT INTO RateSteps VALUES(62,46,'M061','15.0','2025-03-09T16:00:00.0000000Z','2025-11-10T05:01:00.0000000Z','Asia/Shanghai','2025-03-04',0,'Goods shipped before Mar 10 and imported by Apr 12 exempt (KRB/Fox). Removed from 13:01 Beijing time 2025-11-10 (Bloomberg via talltimberlegend; Big Breaking Wire). end_date 2025-11-09 is the last full day; the duty still applied until 13:01 Beijing time on 2025-11-10.','2025-03-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','F4289F4B-9241-4631-A2D8-E6FE98A5E0C1',NULL,NULL);
INSERT INTO RateSteps VALUES(63,47,'M062','10.0','2025-03-09T16:00:00.0000000Z','2025-11-10T05:01:00.0000000Z','Asia/Shanghai','2025-03-04',0,'Removed from 13:01 Beijing time 2025-11-10. Soybeans still faced ~13% total after that (MFN + 10% counter-reciprocal) per Daily Shorts. end_date 2025-11-09 is the last full day; the duty still applied until 13:01 Beijing time on 2025-11-10.','2025-03-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','859BA1DA-BF49-4D20-A057-B9B5F2F74DBB',NULL,NULL);
INSERT INTO RateSteps VALUES(64,48,'M063','34.0',NULL,NULL,'Asia/Shanghai','2025-04-04',1,'Scheduled from 12:01 (Beijing) 2025-04-10; Announcement No. 5 (2025-04-09) raised it to 84% from 12:01 p.m. 2025-04-10, so 34% never applied on its own. Goods shipped before 12:01 Apr 10 and imported by May 13 exempt.','2025-04-04','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','9ABC6A7E-B590-43F3-9D79-487CD08CEE77',NULL,NULL);
INSERT INTO RateSteps VALUES(65,48,'M064','84.0','2025-04-10T04:01:00.0000000Z','2025-04-11T16:00:00.0000000Z','Asia/Shanghai','2025-04-09',0,'From 12:01 p.m. Beijing time 2025-04-10 (Xinhua; Shanghai Daily). One source (PortNews) says 12:01 a.m. - we follow the official text translation (12:01 PM). effective_date is a partial day (no counter-reciprocal duty before 12:01 p.m. on 2025-04-10).','2025-04-10','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','0DE561E7-441F-4F81-BF6C-AED20BEB8022',NULL,NULL);
INSERT INTO RateSteps VALUES(66,48,'M065','125.0','2025-04-11T16:00:00.0000000Z','2025-05-14T04:01:00.0000000Z','Asia/Shanghai','2025-04-11',0,'Effective Saturday 2025-04-12 (time not stated in stored sources). China said it would ignore any further US increases.','2025-04-12','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','50AE6F8B-3D87-48B7-8A51-5679E8FC0DFD',NULL,NULL);
INSERT INTO RateSteps VALUES(67,48,'M066','10.0','2025-05-14T04:01:00.0000000Z',NULL,'Asia/Shanghai','2025-05-13',0,'From 12:01 p.m. Beijing time 2025-05-14; cancels the extra 91 pp. Suspension extended 90 days from 12:01 p.m. 2025-08-12 (Capital FM/Xinhua) and for one year from 2025-11-10 (Report.az/Reuters).','2025-05-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','9F564E36-FB21-4B83-8CD3-922BE25077C8',NULL,NULL);
INSERT INTO RateSteps VALUES(68,49,'M067',NULL,'2025-10-13T16:00:00.0000000Z',NULL,'Asia/Shanghai','2025-10-10',0,'Announcement confirmed (Norton Rose Fulbright). Start date 2025-10-14 and suspension from 2025-11-10 under the Busan/Kuala Lumpur arrangement are inferred from US-side sources; no Chinese suspension notice found.','2025-10-14','seed','2026-12-04T14:42:06.0605488Z','seed','2026-12-04T14:42:06.0605488Z','9C9921B5-87CC-4799-9513-D28A6AB53D34',NULL,NULL);
CREATE TABLE IF NOT EXISTS "RateStepSources" (
    "RateStepId" INTEGER NOT NULL,
    "SourcesId" INTEGER NOT NULL,
    CONSTRAINT "PK_RateStepSources" PRIMARY KEY ("RateStepId", "SourcesId"),
    CONSTRAINT "FK_RateStepSources_RateSteps_RateStepId" FOREIGN KEY ("RateStepId") REFERENCES "RateSteps" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RateStepSources_Sources_SourcesId" FOREIGN KEY ("SourcesId") REFERENCES "Sources" ("Id") ON DELETE CASCADE
);
INSERT INTO RateStepSources VALUES(1,3);
INSERT INTO RateStepSources VALUES(2,4);
INSERT INTO RateStepSources VALUES(3,3);
INSERT INTO RateStepSources VALUES(4,5);
INSERT INTO RateStepSources VALUES(5,4);
INSERT INTO RateStepSources VALUES(6,6);
INSERT INTO RateStepSources VALUES(7,7);
INSERT INTO RateStepSources VALUES(8,8);
INSERT INTO RateStepSources VALUES(9,9);
INSERT INTO RateStepSources VALUES(10,10);
INSERT INTO RateStepSources VALUES(11,11);
INSERT INTO RateStepSources VALUES(12,12);
INSERT INTO RateStepSources VALUES(13,13);
INSERT INTO RateStepSources VALUES(14,14);
INSERT INTO RateStepSources VALUES(15,14);
INSERT INTO RateStepSources VALUES(16,14);
INSERT INTO RateStepSources VALUES(17,14);
INSERT INTO RateStepSources VALUES(18,15);
INSERT INTO RateStepSources VALUES(19,16);
INSERT INTO RateStepSources VALUES(20,14);
INSERT INTO RateStepSources VALUES(21,14);
INSERT INTO RateStepSources VALUES(22,14);
INSERT INTO RateStepSources VALUES(23,14);
INSERT INTO RateStepSources VALUES(24,16);
INSERT INTO RateStepSources VALUES(25,14);
INSERT INTO RateStepSources VALUES(26,14);
INSERT INTO RateStepSources VALUES(27,14);
INSERT INTO RateStepSources VALUES(28,16);
INSERT INTO RateStepSources VALUES(29,16);
INSERT INTO RateStepSources VALUES(30,17);
INSERT INTO RateStepSources VALUES(31,18);
INSERT INTO RateStepSources VALUES(32,19);
INSERT INTO RateStepSources VALUES(33,20);
INSERT INTO RateStepSources VALUES(34,21);
INSERT INTO RateStepSources VALUES(35,22);
INSERT INTO RateStepSources VALUES(36,23);
INSERT INTO RateStepSources VALUES(37,24);
INSERT INTO RateStepSources VALUES(38,25);
INSERT INTO RateStepSources VALUES(39,26);
INSERT INTO RateStepSources VALUES(40,27);
INSERT INTO RateStepSources VALUES(41,28);
INSERT INTO RateStepSources VALUES(42,29);
INSERT INTO RateStepSources VALUES(43,30);
INSERT INTO RateStepSources VALUES(44,31);
INSERT INTO RateStepSources VALUES(45,32);
INSERT INTO RateStepSources VALUES(46,33);
INSERT INTO RateStepSources VALUES(47,33);
INSERT INTO RateStepSources VALUES(48,34);
INSERT INTO RateStepSources VALUES(49,35);
INSERT INTO RateStepSources VALUES(50,36);
INSERT INTO RateStepSources VALUES(51,36);
INSERT INTO RateStepSources VALUES(52,37);
INSERT INTO RateStepSources VALUES(53,37);
INSERT INTO RateStepSources VALUES(54,37);
INSERT INTO RateStepSources VALUES(55,38);
INSERT INTO RateStepSources VALUES(56,39);
INSERT INTO RateStepSources VALUES(57,38);
INSERT INTO RateStepSources VALUES(58,39);
INSERT INTO RateStepSources VALUES(59,40);
INSERT INTO RateStepSources VALUES(60,41);
INSERT INTO RateStepSources VALUES(61,41);
INSERT INTO RateStepSources VALUES(62,42);
INSERT INTO RateStepSources VALUES(63,42);
INSERT INTO RateStepSources VALUES(64,43);
INSERT INTO RateStepSources VALUES(65,44);
INSERT INTO RateStepSources VALUES(66,45);
INSERT INTO RateStepSources VALUES(67,46);
INSERT INTO RateStepSources VALUES(68,47);
CREATE TABLE IF NOT EXISTS "ApiTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApiTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastUsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_ApiTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "EntityKind" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Changes" TEXT NOT NULL,
    "Snapshot" TEXT NOT NULL,
    "Note" TEXT NULL
);
CREATE VIRTUAL TABLE SearchIndex USING fts5(Title, Body, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TEMP TABLE SearchIndexRows(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO SearchIndexRows VALUES(4,'USTR opens Section 301 investigation of China''s technology-transfer and IP practices','Washington, DC At the President''s direction USTR launched the Section 301 probe that later underpinned Lists 1-4. Robert Lighthizer, USTR; Donald Trump, US President, directed the probe');
INSERT INTO SearchIndexRows VALUES(5,'Section 232 steel (global)','Section 232, Trade Expansion Act of 1962 (Proclamation 9705, 2018-03-08) Steel/aluminum articles and derivatives (232 duty on metal content) ');
INSERT INTO SearchIndexRows VALUES(6,'Section 301 List 1 and China''s first US$34B retaliation take effect','25% on 818 US tariff lines (~US$34B) and China''s 25% on 545 US items start the same day. Exact clock time not in stored sources. ');
INSERT INTO SearchIndexRows VALUES(7,'U.S. and China hold trade talks in the U.K.','Canadian Manufacturing (The Associated Press, Jill Lawless)');
INSERT INTO SearchIndexRows VALUES(8,'Section 301 findings; tariffs proposed on ~US$50B of Chinese goods','Washington, DC USTR found China''s IP and tech-transfer practices harmful and proposed 25% tariffs on about US$50B of imports. Robert Lighthizer, USTR; Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(9,'Section 232 aluminum (global)','Section 232 (Proclamation 9704, 2018-03-08) Steel/aluminum articles and derivatives (232 duty on metal content) ');
INSERT INTO SearchIndexRows VALUES(10,'Section 301 List 2 and China''s US$16B retaliation take effect','25% on 279 lines (~US$16B) and China''s 25% on 333 US items. ');
INSERT INTO SearchIndexRows VALUES(11,'Retailers see cargo surge coming','FreightWaves');
INSERT INTO SearchIndexRows VALUES(12,'China imposes 15%/25% tariffs on 128 US products over Section 232 metals tariffs','Beijing China''s first retaliation hit pork and aluminum scrap at 25% and fruit, nuts, wine and steel pipe at 15%, about US$3B of trade. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(13,'Section 301 List 1','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); USTR notice 83 FR 28710 (2018-06-20) 818 HTS subheadings, ~US$34B (2017 trade); industrial/technology goods in HS ch. 28, 40, 84, 85, 86, 87, 88, 89, 90 ');
INSERT INTO SearchIndexRows VALUES(14,'Section 301 List 3 (10%) and China''s US$60B retaliation take effect','10% on ~US$200B (5,745 lines) from 12:01 a.m. EDT; China''s 5-10% on ~US$60B the same day. ');
INSERT INTO SearchIndexRows VALUES(15,'Details on Section 232 Tariffs on Aluminum and Steel','Elleo Global');
INSERT INTO SearchIndexRows VALUES(16,'Washington consultations end with joint statement','Washington, DC Two days of talks produced a May 19 joint statement pledging larger Chinese purchases; Mnuchin then said the trade war was ''on hold'', a pause that did not last. Liu He, Vice Premier, Xi''s special envoy; Steven Mnuchin, US Treasury Secretary; Wilbur Ross, US Commerce Secretary; Robert Lighthizer, USTR');
INSERT INTO SearchIndexRows VALUES(17,'Section 301 List 2','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 83 FR 40823 (2018-08-16) 279 HTS subheadings (of 284 proposed), ~US$16B; HS ch. 27, 34, 38, 39, 70, 73, 76, 84, 85, 86, 87, 89, 90 incl. semiconductors ');
INSERT INTO SearchIndexRows VALUES(18,'Scheduled List 3 step-up from 10% to 25%','Rate was to rise to 25% at 12:01 a.m. EST Jan 1, 2019. Postponed after the Buenos Aires truce. ');
INSERT INTO SearchIndexRows VALUES(19,'Tariff Rates Now 50% for Steel and Aluminum Imports','Butzel');
INSERT INTO SearchIndexRows VALUES(20,'USTR finalizes List 1 (818 lines, 25%) for July 6 and proposes List 2','Washington, DC USTR confirmed 25% tariffs on 818 lines (~US$34B) from July 6 and floated a second ~US$16B list for comment. USTR, ');
INSERT INTO SearchIndexRows VALUES(21,'Section 301 List 3','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 83 FR 47974 (2018-09-21) Same List 3 products (~US$200B) ');
INSERT INTO SearchIndexRows VALUES(22,'End of the Buenos Aires 90-day negotiating window (List 3 hike due 12:01 a.m. EST Mar 2)','Called a ''hard deadline'' by USTR; Trump postponed the hike on Feb 24, 2019 with no new date. It was later imposed on May 10, 2019. ');
INSERT INTO SearchIndexRows VALUES(23,'U.S. Section 232 Tariffs on Aluminum and Steel Imports and Reciprocal Trade and Tariffs Plan','Securus Trade');
INSERT INTO SearchIndexRows VALUES(24,'China announces 25% tariffs on 659 US items (~US$50B), 545 items from July 6','Beijing China matched the US list with 25% tariffs on farm goods, autos and seafood, the first 545 items timed to July 6. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(25,'Section 301 List 4A','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 84 FR 43304 (2019-08-20) as modified 2019-08-30 List 4A (Annex A of 84 FR 43304) ');
INSERT INTO SearchIndexRows VALUES(26,'List 3 increase to 25% takes effect','10%->25% on ~US$200B; goods already in transit had a grace period (see next row). ');
INSERT INTO SearchIndexRows VALUES(27,'USTR Issues Tariffs on Chinese Products','Expeditors');
INSERT INTO SearchIndexRows VALUES(28,'First Section 301 tariffs and China''s mirror tariffs take effect','Washington / Beijing Both sides'' 25% tariffs on US$34B of each other''s goods took effect the same day, opening the tariff war. USTR, ; Customs Tariff Commission, China');
INSERT INTO SearchIndexRows VALUES(29,'Section 301 List 4B (never implemented)','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 84 FR 43304 Annex C List 4B (Annex C), ~US$156-160B: cell phones, laptops, video game consoles, toys, monitors, some footwear/apparel ');
INSERT INTO SearchIndexRows VALUES(30,'China''s higher tariffs on the US$60B list take effect','Rates rise to 25%, 20% or 10% on 2,493, 1,078 and 974 items; 595 items stay at 5%. ');
INSERT INTO SearchIndexRows VALUES(31,'83 FR 40823 - Notice of Action Pursuant to Section 301: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation','Federal Register (via thefederalregister.org)');
INSERT INTO SearchIndexRows VALUES(32,'USTR finalizes List 2 (279 lines) effective Aug 23','Washington, DC USTR trimmed the second list from 284 to 279 lines (~US$16B) for 25% tariffs from August 23. USTR, ');
INSERT INTO SearchIndexRows VALUES(33,'Section 301 Lists 1-3 increase to 30% (never implemented)','Section 301, Trade Act of 1974 (China technology transfer / IP investigation) Lists 1-3 (~US$250B) ');
INSERT INTO SearchIndexRows VALUES(34,'Last entry date for List 3 goods exported before May 10 to keep the 10% rate','Originally June 1, then extended to June 15, 2019. Goods entered after that pay 25%. ');
INSERT INTO SearchIndexRows VALUES(35,'Notice of Modification of Section 301 Action: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation; Notice (Federal Register Vol. 83, No. 184, Sept. 21, 2018)','Federal Register text (via CQ StateTrack)');
INSERT INTO SearchIndexRows VALUES(36,'China sets 25% tariffs on US$16B of US goods from Aug 23','Beijing China answered List 2 with 25% tariffs on 333 US items, also from August 23. MOFCOM, China');
INSERT INTO SearchIndexRows VALUES(37,'Section 301 four-year review: electric vehicles','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Electric vehicles ');
INSERT INTO SearchIndexRows VALUES(38,'Section 301 List 4A (15%) and China''s first US$75B batch take effect','15% on List 4A (~US$120B); China adds 5-10% on its first batch the same day. ');
INSERT INTO SearchIndexRows VALUES(39,'"List 3" China 301 Tariffs Scheduled to Increase from 10 to 25 Percent on May 10, 2019','BDO');
INSERT INTO SearchIndexRows VALUES(40,'Trump announces List 3: 10% on US$200B from Sept 24, 25% from Jan 1','Washington, DC The third tranche was set at 10% from September 24, due to rise to 25% on January 1, 2019. Donald Trump, US President; USTR, ');
INSERT INTO SearchIndexRows VALUES(41,'Section 301 four-year review: lithium-ion EV batteries','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Lithium-ion electric-vehicle batteries ');
INSERT INTO SearchIndexRows VALUES(42,'Proposed Lists 1-3 increase from 25% to 30%','Proposed effective date for 30% on ~US$250B. On Sept 11 Trump moved it to Oct 15. ');
INSERT INTO SearchIndexRows VALUES(43,'Notice of Modification of Section 301 Action: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation (84 FR 43304, Aug. 20, 2019)','Federal Register (GovInfo, U.S. GPO)');
INSERT INTO SearchIndexRows VALUES(44,'China announces 5-10% tariffs on US$60B of US goods from Sept 24','Beijing China put 5% or 10% tariffs on about 5,200 US items, timed to the US List 3 start. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(45,'Section 301 four-year review: battery parts (non-lithium-ion)','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Battery parts of non-lithium-ion batteries ');
INSERT INTO SearchIndexRows VALUES(46,'Rescheduled Lists 1-3 increase to 30%','Cancelled on Oct 11, 2019 when phase one was agreed in principle. Never took effect. ');
INSERT INTO SearchIndexRows VALUES(47,'Notice of Modification of Section 301 Action: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation, 3741 [2020-00904]','Federal Register (via Justia)');
INSERT INTO SearchIndexRows VALUES(48,'Buenos Aires G20 dinner: 90-day truce','Buenos Aires, Argentina The US agreed to keep List 3 at 10% instead of raising it on January 1 while both sides negotiated for 90 days. Donald Trump, US President; Xi Jinping, Chinese President; Wang Yi, State Councilor/Foreign Minister, briefed press');
INSERT INTO SearchIndexRows VALUES(49,'Section 301 four-year review: certain critical minerals','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Certain critical minerals (list in USTR annex) ');
INSERT INTO SearchIndexRows VALUES(50,'List 4B (15%) and China''s second US$75B batch plus auto tariffs','Both sides stood down on Dec 13, 2019 under the Phase One deal; nothing took effect. ');
INSERT INTO SearchIndexRows VALUES(51,'Newsflash: United States and China Reach Phase One Trade Agreement','Masterpiece International');
INSERT INTO SearchIndexRows VALUES(52,'Trump delays the List 3 increase citing progress in talks','Washington, DC The hike to 25% due March 2, 2019 was postponed with no new date set. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(53,'Section 301 four-year review: solar cells','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Solar cells, whether or not assembled into modules ');
INSERT INTO SearchIndexRows VALUES(54,'Phase One entry into force: List 4A cut to 7.5%; China halves Sept-2019 tariffs','List 4A 15%->7.5% from 12:01 a.m. EST; China cuts 10%->5% and 5%->2.5% on 1,717 lines. ');
INSERT INTO SearchIndexRows VALUES(55,'Trump Cancels Oct. 15 Tariff Hike, Announces First Phase of Deal With China','International Trade Today');
INSERT INTO SearchIndexRows VALUES(56,'Trump says List 3 will rise to 25% on May 10','Washington, DC Citing slow talks, Trump announced the List 3 increase and threatened tariffs on the remaining ~US$325B of imports. Donald Trump, US President; USTR, ');
INSERT INTO SearchIndexRows VALUES(57,'Section 301 four-year review: steel and aluminum products','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Certain steel and aluminum products ');
INSERT INTO SearchIndexRows VALUES(58,'End of Phase One two-year purchase commitment period','China was to buy US$200B more than 2017 levels over 2020-21; PIIE found it reached only about 57% of the commitment. ');
INSERT INTO SearchIndexRows VALUES(59,'','cmtradelaw.com');
INSERT INTO SearchIndexRows VALUES(60,'Washington round ends without a deal','Washington, DC Talks broke off on May 10, the same day the US raised List 3 to 25%. Liu He, Vice Premier, China; US negotiators, not named in stored source');
INSERT INTO SearchIndexRows VALUES(61,'Section 301 four-year review: ship-to-shore cranes','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Ship-to-shore gantry cranes ');
INSERT INTO SearchIndexRows VALUES(62,'Four-year-review Section 301 increases (2024 step)','EVs 100%, solar cells 50%, syringes/needles 100%, li-ion EV batteries, battery parts, critical minerals, steel/aluminum and STS cranes 25%, masks 25%. ');
INSERT INTO SearchIndexRows VALUES(63,'','Wenxuecity forum (repost of USTR final rate table)');
INSERT INTO SearchIndexRows VALUES(64,'China raises tariffs on the US$60B list from June 1','Beijing China moved items on its 2018 US$60B list to 25%, 20% or 10%, with 595 items kept at 5%. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(65,'Section 301 four-year review: syringes and needles','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Syringes and needles (HTS 9018.31, 9018.32) ');
INSERT INTO SearchIndexRows VALUES(66,'Section 301 2025 step: semiconductors 50%, tungsten 25%, wafers/polysilicon 50%, medical gloves 50%','Tungsten/wafer/polysilicon increases applicable from 12:01 a.m. EST (89 FR 101682); other 2025 steps dated Jan 1. ');
INSERT INTO SearchIndexRows VALUES(67,'','Mondaq');
INSERT INTO SearchIndexRows VALUES(68,'Osaka G20: Trump and Xi agree to resume talks and hold off new tariffs','Osaka, Japan Talks restarted and the US shelved the threatened tariffs on the remaining ~US$300B of imports for the time being. Donald Trump, US President; Xi Jinping, Chinese President');
INSERT INTO SearchIndexRows VALUES(69,'Section 301 four-year review: face masks and respirators','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Certain textile face masks and respirators ');
INSERT INTO SearchIndexRows VALUES(70,'IEEPA fentanyl tariff (10%) on China takes effect','Extra 10% on all products of China incl. Hong Kong. ');
INSERT INTO SearchIndexRows VALUES(71,'Notice of Modification: China''s Acts, Policies, and Practices Related to Technology Transfer, Intellectual Property, and Innovation, 101682-101684 [2024-29462]','Federal Register (via Justia)');
INSERT INTO SearchIndexRows VALUES(72,'Shanghai round','Shanghai, China The White House called the talks constructive but they produced no breakthrough. Steven Mnuchin, US Treasury Secretary; Robert Lighthizer, USTR; Chinese delegation, not named in stored source');
INSERT INTO SearchIndexRows VALUES(73,'Section 301 four-year review: semiconductors','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Semiconductors (16 HTS subheadings, e.g. ch. 85) ');
INSERT INTO SearchIndexRows VALUES(74,'China''s counter-tariffs on US coal, LNG, crude oil, farm machinery, big cars take effect','15% on coal/LNG; 10% on crude oil, agricultural machinery, large-displacement cars and pickups. ');
INSERT INTO SearchIndexRows VALUES(75,'US Trade Representative announces tariff increases on certain Chinese-origin tungsten products, wafers and polysilicon','EY Tax News');
INSERT INTO SearchIndexRows VALUES(76,'Trump tweets 10% tariff on remaining US$300B from Sept 1','Washington, DC Trump said the US would tax the remaining ~US$300B of Chinese goods at 10% from September 1, citing unmet purchase and fentanyl pledges. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(77,'Section 301 four-year review: medical gloves','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Rubber medical and surgical gloves ');
INSERT INTO SearchIndexRows VALUES(78,'IEEPA fentanyl tariff rises to 20%','HTS 9903.01.24; in-transit goods shipped before Feb 1 exempt if entered before Mar 7. ');
INSERT INTO SearchIndexRows VALUES(79,'Executive Order 14195 of February 1, 2025: Imposing Duties To Address the Synthetic Opioid Supply Chain in the People''s Republic of China','Federal Register (GovInfo, U.S. GPO)');
INSERT INTO SearchIndexRows VALUES(80,'USTR splits List 4 into 4A (Sept 1) and 4B (Dec 15)','Washington, DC Phones, laptops, consoles, some toys and apparel were deferred to December 15 (List 4B); the rest took effect September 1 (List 4A). USTR, ');
INSERT INTO SearchIndexRows VALUES(81,'Section 301 four-year review: lithium-ion non-EV batteries','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Lithium-ion non-electric-vehicle batteries ');
INSERT INTO SearchIndexRows VALUES(82,'China''s 10-15% tariffs on US farm goods take effect','Goods shipped before Mar 10 and imported by Apr 12 exempt. ');
INSERT INTO SearchIndexRows VALUES(83,'Additional 10% Tariffs on Products of China and Hong Kong (Total of 20% tariffs from Feb. 1 EO)','Thompson Coburn');
INSERT INTO SearchIndexRows VALUES(84,'China targets US$75B of US goods and revives auto tariffs; US raises planned rates','Beijing / Washington China set 5-10% tariffs in two batches and a 25% car tariff for December 15; the US answered by lifting Lists 1-3 to a planned 30% and List 4 to 15%. Customs Tariff Commission, China; Donald Trump, US President; USTR, ');
INSERT INTO SearchIndexRows VALUES(85,'Section 301 four-year review: natural graphite','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Natural graphite ');
INSERT INTO SearchIndexRows VALUES(86,'Reciprocal 10% baseline takes effect (all countries incl. China)','First IEEPA reciprocal duty; Annex II goods excluded. ');
INSERT INTO SearchIndexRows VALUES(87,'Tariff Reduction on China-Origin Goods Linked to Synthetic Opioid Measures','Juno Logistics');
INSERT INTO SearchIndexRows VALUES(88,'Washington round: ''phase one'' agreed in principle; Oct 15 hike cancelled','Washington, DC Trump announced an unwritten phase one deal covering IP, financial services and farm purchases, and cancelled the October 15 increase. Donald Trump, US President; Liu He, Vice Premier; Steven Mnuchin, US Treasury Secretary; Robert Lighthizer, USTR');
INSERT INTO SearchIndexRows VALUES(89,'Section 301 four-year review: permanent magnets','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); four-year review modifications (USTR notice 2024-09-18, 89 FR 76581) Permanent magnets ');
INSERT INTO SearchIndexRows VALUES(90,'Country-specific reciprocal rates take effect (China 84% after EO 14259)','China''s scheduled 34% was replaced by 84% from the same moment; IEEPA total on China 104%. ');
INSERT INTO SearchIndexRows VALUES(91,'Fact Sheet: President Donald J. Trump Declares National Emergency to Increase our Competitive Edge, Protect our Sovereignty, and Strengthen our National and Economic Security','The White House fact sheet (mirrored at updatem.com)');
INSERT INTO SearchIndexRows VALUES(92,'Phase One deal announced','Washington / Beijing The US cancelled the December 15 List 4B tariffs and agreed to halve List 4A to 7.5%; China cancelled its December 15 tariffs. USTR, ; Donald Trump, US President; Chinese government, ');
INSERT INTO SearchIndexRows VALUES(93,'Section 301 modification: tungsten products','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 89 FR 101682 (2024-12-16) HTS 8101.94.00, 8101.99.10, 8101.99.80 (tungsten) ');
INSERT INTO SearchIndexRows VALUES(94,'China reciprocal raised to 125%; country rates for others suspended','IEEPA total on China 145%. For other partners the country rates paused and 10% applies until 12:01 a.m. EDT July 9. ');
INSERT INTO SearchIndexRows VALUES(95,'April 3, 2025 – Important Tariff Updates','Amoyline');
INSERT INTO SearchIndexRows VALUES(96,'Phase One agreement signed','White House, Washington, DC The signed deal committed China to buy at least US$200B more US goods and services over 2020-2021, with IP, tech-transfer and currency chapters. Donald Trump, US President; Liu He, Vice Premier');
INSERT INTO SearchIndexRows VALUES(97,'Section 301 modification: polysilicon and wafers','Section 301, Trade Act of 1974 (China technology transfer / IP investigation); 89 FR 101682 (2024-12-16) HTS 2804.61.00 (polysilicon >=99.99% Si) and 3818.00.00 (doped wafers) ');
INSERT INTO SearchIndexRows VALUES(98,'China''s 84% counter-tariff takes effect (34% superseded)','Announcement No. 5 replaced the scheduled 34% with 84% from 12:01 p.m. Beijing time. ');
INSERT INTO SearchIndexRows VALUES(99,'April 8, 2025 Amendment to Reciprocal Tariffs and Updated Duties as Applied to Low-Value Imports from the People''s Republic of China - Executive Order','Truth Peace Project');
INSERT INTO SearchIndexRows VALUES(100,'China halves tariffs on part of the US$75B list from Feb 14','Beijing China cut 1,717 September-2019 tariff lines from 10% to 5% and from 5% to 2.5%, matching the US List 4A cut. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(101,'IEEPA fentanyl tariff','International Emergency Economic Powers Act (IEEPA) + National Emergencies Act; EO 14195 (2025-02-01) All products of China incl. Hong Kong ');
INSERT INTO SearchIndexRows VALUES(102,'China''s counter-tariff rises to 125%','China says it will ignore further US increases. Clock time not stated in stored sources. ');
INSERT INTO SearchIndexRows VALUES(103,'Current State of Play – Trump Pauses Reciprocal Tariffs, Raises Tariff on China (section heading)','Brownstein Hyatt Farber Schreck');
INSERT INTO SearchIndexRows VALUES(104,'Phase One enters into force','Washington / Beijing List 4A fell to 7.5% and China''s halving took effect; PIIE put average US tariffs on China at 19.3% and China''s on the US at 20.3%. USTR, ; Customs Tariff Commission, China');
INSERT INTO SearchIndexRows VALUES(105,'IEEPA reciprocal tariff','International Emergency Economic Powers Act (IEEPA) + National Emergencies Act; EO 14257 (2025-04-02) All products of China incl. HK/Macau (Annex II exceptions) ');
INSERT INTO SearchIndexRows VALUES(106,'De minimis ends for goods of China and Hong Kong','Non-postal low-value shipments must be formally entered and pay all duties; postal items pay the specified ad valorem or per-item duty. ');
INSERT INTO SearchIndexRows VALUES(107,'Executive Order 14298 of May 12, 2025: Modifying Reciprocal Tariff Rates To Reflect Discussions With the People''s Republic of China','Federal Register (GovInfo, U.S. GPO)');
INSERT INTO SearchIndexRows VALUES(108,'PIIE: China met only ~57% of Phase One purchase commitments','Washington, DC Final 2021 data showed China bought about 57% of committed goods and services (about 60% for goods alone), below even pre-war 2017 levels. Chad Bown, PIIE');
INSERT INTO SearchIndexRows VALUES(109,'Reciprocal tariff exception: electronics and semiconductors','Presidential Memorandum ''Clarification of Exceptions Under EO 14257'' (2025-04-11) HTS 8471, 8473.30, 8486, 8517.13.00, 8517.62.00, 8523.51.00, 8524, 8528.52.00, 8541.xx, 8542 (smartphones, computers, chips, displays) ');
INSERT INTO SearchIndexRows VALUES(110,'US applies Geneva cut: China reciprocal 10% (24 points suspended 90 days)','IEEPA total on China falls from 145% to 30%; China de minimis postal duty cut to 54%/US$100. ');
INSERT INTO SearchIndexRows VALUES(111,'White House Releases List of Products Excluded From Reciprocal Tariffs','Troutman Pepper Locke');
INSERT INTO SearchIndexRows VALUES(112,'BIS imposes advanced-computing and chipmaking-equipment controls on China','Washington, DC New rules restricted exports of advanced AI chips, supercomputer items and semiconductor manufacturing equipment to China. US Bureau of Industry and Security, Commerce');
INSERT INTO SearchIndexRows VALUES(113,'Threatened additional 100% tariff (never implemented)','Presidential announcement on Truth Social (2025-10-10); no legal instrument found All imports from China, ''over and above'' existing tariffs ');
INSERT INTO SearchIndexRows VALUES(114,'China applies Geneva cut: counter-tariff 10% (24 points suspended 90 days)','China''s rate falls from 125% to 10%. ');
INSERT INTO SearchIndexRows VALUES(115,'China–U.S. Trade Feud Escalates','The American Conservative');
INSERT INTO SearchIndexRows VALUES(116,'China announces gallium and germanium export licensing from Aug 1','Beijing Exports of listed gallium and germanium items came to need MOFCOM licenses from August 1, 2023. MOFCOM, ; General Administration of Customs, China');
INSERT INTO SearchIndexRows VALUES(117,'End of de minimis for China and Hong Kong: postal duty','International Emergency Economic Powers Act (IEEPA) + National Emergencies Act; EO 14256 (2025-04-02) as amended by EO 14259 and EO 14266 Postal shipments <=US$800 from China/HK ');
INSERT INTO SearchIndexRows VALUES(118,'July 8 deadline: 90-day pause on reciprocal tariffs ends','End of the 90-day reciprocal pause for other trading partners (the seed article''s ''July 8 deadline''). Country-specific rates for non-China partners would resume. Extended by EO of July 7, 2025; China was on its own separate clock. Extended by the executive order of July 7, 2025 to 12:01 a.m. EDT, August 1, 2025; the July 31 order then set new country rates from 12:01 a.m. EDT, August 7, 2025. China''s suspension ran on its own clock (August 12, then November 10, 2025, then November 10, 2026).');
INSERT INTO SearchIndexRows VALUES(119,'U.S. De Minimis Exemption Ends for China Low-Value Imports – Tariff Increases (Postal Items) Updated','GHY International');
INSERT INTO SearchIndexRows VALUES(120,'BIS publishes updated chip and equipment rules','Washington, DC Two interim final rules tightened the October 2022 controls on advanced chips and chipmaking tools. An earlier announcement date (believed to be Oct 17) could not be confirmed from stored sources, so the publication date is used. US Bureau of Industry and Security, Commerce');
INSERT INTO SearchIndexRows VALUES(121,'Section 301 port fees on China-linked vessels','Section 301 (USTR action 2025-04-17, modified 2025-10-10) Vessels owned/operated by Chinese entities: US$50 per net ton per US voyage string (rising yearly); separate fees on Chinese-built vessels and foreign-built car carriers ');
INSERT INTO SearchIndexRows VALUES(122,'Extended pause end for other trading partners','Superseded by the July 31 order, which set new country rates from 12:01 a.m. EDT Aug 7, 2025. ');
INSERT INTO SearchIndexRows VALUES(123,'House considers universal de minimis ban as fees on China parcels ease','FreightWaves');
INSERT INTO SearchIndexRows VALUES(124,'Biden orders Section 301 increases on ~US$18B of imports (EVs to 100%)','Washington, DC The four-year review kept all existing Section 301 tariffs and raised rates on EVs, batteries, chips, solar cells, steel and aluminum, cranes and medical products. Joe Biden, US President; Katherine Tai, USTR');
INSERT INTO SearchIndexRows VALUES(125,'Section 301 maritime duties on cranes and cargo-handling equipment','Section 301 (shipbuilding action, Oct 2025 modification) China-linked STS cranes, intermodal chassis and cargo-handling equipment ');
INSERT INTO SearchIndexRows VALUES(126,'End of the US 90-day suspension of 24 reciprocal points on China','Without extension China''s reciprocal rate would revert to 34%. EO 14334 extended the suspension. ');
INSERT INTO SearchIndexRows VALUES(127,'Section 301 vessel fee regime taking effect on October 14','Star Cargo');
INSERT INTO SearchIndexRows VALUES(128,'USTR finalizes four-year-review increases (2024 step from Sept 27)','Washington, DC Final rates largely followed the May proposal, with higher rates for syringes, gloves and masks; 2025 and 2026 steps start January 1 of each year. USTR, ');
INSERT INTO SearchIndexRows VALUES(129,'Retaliation against Section 232: 25% list','Customs Tariff Commission of the State Council (PRC); suspension of concessions in response to US Section 232 8 items: pork products and aluminum scrap (~US$2.0B) ');
INSERT INTO SearchIndexRows VALUES(130,'End of China''s 90-day suspension of 24 counter-tariff points','China extended its suspension 90 days from 12:01 p.m. Aug 12 and later for a year from Nov 10. ');
INSERT INTO SearchIndexRows VALUES(131,'','Green Worldwide Shipping');
INSERT INTO SearchIndexRows VALUES(132,'BIS adds HBM controls, new foreign-direct-product rules and 140 entities','Washington, DC The package covered 24 kinds of chipmaking equipment, high-bandwidth memory and 140 new Entity List additions. US Bureau of Industry and Security, Commerce');
INSERT INTO SearchIndexRows VALUES(133,'Retaliation against Section 232: 15% list','Customs Tariff Commission of the State Council (PRC); suspension of concessions 120 items: fruit, nuts, sparkling wine, ginseng, steel pipe (~US$977M) ');
INSERT INTO SearchIndexRows VALUES(134,'US de minimis suspended for all countries','All low-value shipments need entry and pay duties; postal shipments get a transitional duty method. How this interacts with the China-specific regime is not confirmed. ');
INSERT INTO SearchIndexRows VALUES(135,'A glance at U.S. products affected by Chinese tariff hikes','USA Today (AP)');
INSERT INTO SearchIndexRows VALUES(136,'China bans gallium, germanium, antimony and superhard-material exports to the US','Beijing A day after the BIS rules, China said such dual-use exports to the US would in principle not be permitted, and it tightened graphite reviews. MOFCOM, China');
INSERT INTO SearchIndexRows VALUES(137,'Retaliation against Section 301 List 1','Customs Tariff Commission of the State Council (PRC) (announced 2018-06-15/16) 545 items (~US$34B): soybeans and other farm goods, autos, aquatic products ');
INSERT INTO SearchIndexRows VALUES(138,'US Section 301 port fees on China-linked vessels begin','US$50 per net ton on Chinese-owned/operated vessels and other fees. Suspended for one year from Nov 10, 2025. ');
INSERT INTO SearchIndexRows VALUES(139,'China will impose tariffs on some US products worth about $50 billion starting July 6','CGTN (Xinhua)');
INSERT INTO SearchIndexRows VALUES(140,'USTR raises tariffs on tungsten (25%) and wafers/polysilicon (50%) from Jan 1, 2025','Washington, DC This concluded the four-year review with five more tariff lines. Katherine Tai, USTR');
INSERT INTO SearchIndexRows VALUES(141,'Retaliation against Section 301 List 2','Customs Tariff Commission of the State Council (PRC) 333 items (~US$16B): petrochemicals, medical equipment, fiber-optic cable, cars, steel and plastic products ');
INSERT INTO SearchIndexRows VALUES(142,'Threatened extra 100% US tariff on China (and software export controls)','Announced Oct 10 ''or sooner''. Averted by the Kuala Lumpur framework and Busan meeting; never imposed. ');
INSERT INTO SearchIndexRows VALUES(143,'USTR Releases the Finalized 2nd List of Tariffs on Chinese Products','OceanAir');
INSERT INTO SearchIndexRows VALUES(144,'USTR opens Section 301 probe into China''s legacy semiconductors','Washington, DC The probe covers foundational chips and wafers and was handed to the incoming administration. Katherine Tai, USTR');
INSERT INTO SearchIndexRows VALUES(145,'Retaliation against List 3 (US$60B list): 10% tier','Customs Tariff Commission of the State Council (PRC) Part of ~US$60B list (~5,207 items total): e.g. chemicals, meat, wheat, wine (approx. 3,571 items) ');
INSERT INTO SearchIndexRows VALUES(146,'US: end of extended reciprocal suspension on China; fentanyl tariff cut takes effect','Fentanyl IEEPA falls 20%->10%; the reciprocal suspension (10% instead of 34%) is extended one year. ');
INSERT INTO SearchIndexRows VALUES(147,'China hits back at Trump with tariffs on $60bn of US goods (BBC, quoted)','abouttrump.org (quoting BBC)');
INSERT INTO SearchIndexRows VALUES(148,'Trump-Xi phone call before inauguration','Phone Later cited by He Lifeng at Geneva as the leaders'' consensus that talks should implement. Donald Trump, US President-elect; Xi Jinping, Chinese President');
INSERT INTO SearchIndexRows VALUES(149,'Retaliation against List 3 (US$60B list): 5% tier','Customs Tariff Commission of the State Council (PRC) Part of ~US$60B list: e.g. smaller aircraft, computers, textiles (approx. 1,600 items) ');
INSERT INTO SearchIndexRows VALUES(150,'China: March farm tariffs removed; 24-point suspension continued for a year','Up-to-15% March 4 farm tariffs end; 10% counter-tariff kept. ');
INSERT INTO SearchIndexRows VALUES(151,'','BNN Bloomberg');
INSERT INTO SearchIndexRows VALUES(152,'EO 14195: 10% IEEPA ''fentanyl'' tariff on China from Feb 4','Washington, DC Trump declared an emergency over synthetic opioids and imposed an extra 10% on all Chinese goods from 12:01 a.m. ET February 4. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(153,'US$60B list escalation: 25% tier','Customs Tariff Commission of the State Council (PRC) (announced 2019-05-13) 2,493 items ');
INSERT INTO SearchIndexRows VALUES(154,'Expiry of 178 Section 301 product exclusions','Extended as part of the Busan arrangement. The USTR notice (per source) runs to 11:59 p.m. on Nov 9, 2026, stated as eastern daylight time. ');
INSERT INTO SearchIndexRows VALUES(155,'China announces new tariffs on U.S. goods','PST.AG');
INSERT INTO SearchIndexRows VALUES(156,'China adds export controls on tungsten, tellurium, bismuth, molybdenum and related items','Beijing These controls came in the same February 4 retaliation package as the tariffs. MOFCOM, China');
INSERT INTO SearchIndexRows VALUES(157,'US$60B list escalation: 20% tier','Customs Tariff Commission of the State Council (PRC) 1,078 items ');
INSERT INTO SearchIndexRows VALUES(158,'China''s extraterritorial rare-earth rule (0.1% content; Announcement 61) due to apply','Suspended for one year as part of the Busan arrangement (announced Nov 7, per Business Times); exact new date not confirmed. ');
INSERT INTO SearchIndexRows VALUES(159,'China to Cut 50% Off Tariffs on 1,717 US Imported Goods from February 14','China Briefing (Dezan Shira & Associates)');
INSERT INTO SearchIndexRows VALUES(160,'China sets 10-15% tariffs on US energy, farm machinery and big cars from Feb 10','Beijing Coal and LNG got 15%; crude oil, farm machinery, large-engine cars and pickups got 10%. China also filed a WTO complaint. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(161,'US$60B list escalation: 10% tier','Customs Tariff Commission of the State Council (PRC) 974 items ');
INSERT INTO SearchIndexRows VALUES(162,'Section 301 2026 step-ups','Li-ion non-EV batteries, natural graphite, permanent magnets 25%; medical gloves 100%; masks/respirators 50%; enteral syringes exclusion ends. ');
INSERT INTO SearchIndexRows VALUES(163,'China halves import tariffs on $75 billion worth of US products','Gemini Shippers Group');
INSERT INTO SearchIndexRows VALUES(164,'End of de minimis for Chinese goods paused until CBP systems are ready','Washington, DC An amendment to EO 14195 restored duty-free de minimis treatment until collection systems were in place. Press reports date the pause February 7. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(165,'Retaliation against List 4A (US$75B list, batch 1): 10% tier','Customs Tariff Commission of the State Council (PRC) (announced 2019-08-23) 1,717 items from the 2019-09-01 batch ');
INSERT INTO SearchIndexRows VALUES(166,'Expiry of the US one-year suspension of 24 reciprocal points on China','Reciprocal rate on China reverts from 10% to 34% unless extended. Juno says the reduced 10% fentanyl rate also runs to this date. ');
INSERT INTO SearchIndexRows VALUES(167,'China Imposes Retaliatory Tariffs & Export Controls','Mondaq (Thompson Coburn trade alert)');
INSERT INTO SearchIndexRows VALUES(168,'EO 14228 doubles the fentanyl tariff to 20% from Mar 4','Washington, DC Trump said China had not done enough on fentanyl and raised the IEEPA rate from 10% to 20%. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(169,'Retaliation against List 4A (US$75B list, batch 1): 5% tier','Customs Tariff Commission of the State Council (PRC) Items from the 2019-09-01 batch previously at 5% ');
INSERT INTO SearchIndexRows VALUES(170,'End of China''s suspension of its Ga/Ge/Sb export ban to the US','The December 2024 ban would resume unless extended. ');
INSERT INTO SearchIndexRows VALUES(171,'China Imposes Retaliatory Tariffs on U.S. Agricultural Imports in Response to Trump''s Trade Measures','OyeYeah News');
INSERT INTO SearchIndexRows VALUES(172,'China sets 10-15% tariffs on US farm goods from Mar 10','Beijing Chicken, wheat, corn and cotton got 15%; soybeans, sorghum, pork, beef, seafood, fruit, vegetables and dairy got 10%. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(173,'US$75B list batch 2 and restored auto tariffs (never implemented)','Customs Tariff Commission of the State Council (PRC) Batch 2 (Annex 2) items at 5-10%; US vehicles 25% and parts 5% ');
INSERT INTO SearchIndexRows VALUES(175,'China hits back at Trump with 34 percent additional tariffs on US goods','SteelOrbis');
INSERT INTO SearchIndexRows VALUES(176,'''Liberation Day'' reciprocal tariffs: 10% baseline Apr 5, 34% on China Apr 9','White House Rose Garden, Washington, DC EO 14257 set a 10% global baseline and country rates (China 34%); a separate order ended de minimis for China and Hong Kong from May 2. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(177,'2025 counter to the fentanyl tariff: coal and LNG','Customs Tariff Commission of the State Council (PRC) (announcement 2025-02-04) 8 lines: coal (HS 2701, 2702) and LNG (HS 27111100) ');
INSERT INTO SearchIndexRows VALUES(179,'','ckhq.net (English text of Tariff Commission Announcement No. 5 of 2025)');
INSERT INTO SearchIndexRows VALUES(180,'China requires licenses for seven medium/heavy rare earths incl. samarium','Beijing Announcement No. 18 put samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium (incl. samarium-cobalt magnet materials) under export licensing, effective immediately. MOFCOM, ; General Administration of Customs, China');
INSERT INTO SearchIndexRows VALUES(181,'2025 counter to the fentanyl tariff: crude oil, farm machinery, cars','Customs Tariff Commission of the State Council (PRC) (announcement 2025-02-04) 72 lines incl. crude oil (HS 27090000), agricultural machinery, large-displacement cars, pickup trucks ');
INSERT INTO SearchIndexRows VALUES(183,'China raises additional tariffs to 125 pct on imported U.S. products','People''s Daily Online (Xinhua)');
INSERT INTO SearchIndexRows VALUES(184,'China announces 34% on all US goods from Apr 10','Beijing China answered the reciprocal tariff with a matching across-the-board 34% rate. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(185,'2025 counter to the fentanyl increase: farm goods 15% tier','Customs Tariff Commission of the State Council (PRC) (announcement 2025-03-04, Announcement No. 2 of 2025 per Big Breaking Wire) Chicken, wheat, corn, cotton ');
INSERT INTO SearchIndexRows VALUES(187,'','Korea JoongAng Daily (Reuters)');
INSERT INTO SearchIndexRows VALUES(188,'EO 14259 raises China''s reciprocal rate to 84% from Apr 9','Washington, DC After China''s 34% retaliation the US added 50 points, taking the IEEPA total to 104%, and raised China de minimis postal duties. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(189,'2025 counter to the fentanyl increase: farm goods 10% tier','Customs Tariff Commission of the State Council (PRC) (announcement 2025-03-04) Sorghum, soybeans, pork, beef, aquatic products, fruits, vegetables, dairy ');
INSERT INTO SearchIndexRows VALUES(191,'','Norton Rose Fulbright');
INSERT INTO SearchIndexRows VALUES(192,'EO 14266: China reciprocal to 125%; 90-day pause for other partners','Washington, DC From 12:01 a.m. EDT April 10 China faced 125% (145% with fentanyl), while other countries'' country rates were paused until July 9. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(193,'Counter-reciprocal tariff','Customs Tariff Commission of the State Council (PRC) Announcement No. 4 of 2025 All goods originating in the US ');
INSERT INTO SearchIndexRows VALUES(195,'','Lexology');
INSERT INTO SearchIndexRows VALUES(196,'China raises its counter-tariff to 84% from Apr 10','Beijing Announcement No. 5 replaced 34% with 84% from 12:01 p.m. Beijing time April 10. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(197,'Special port fees on US-linked vessels','PRC Ministry of Transport announcement (2025-10-10) Vessels owned, operated, built or flagged in the US (mirror of US Section 301 port fees) ');
INSERT INTO SearchIndexRows VALUES(199,'','Lexology');
INSERT INTO SearchIndexRows VALUES(200,'Smartphones, computers and chips exempted from reciprocal tariffs','Washington, DC A memorandum listed about 20 HTS headings (e.g. 8471, 8517.13, 8542) as excluded from reciprocal duties, retroactive to April 5. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(203,'March 1, 2019 Increase on 301 List 3 Tariffs Postponed','V. Alexander');
INSERT INTO SearchIndexRows VALUES(204,'China raises its counter-tariff to 125% from Apr 12 and says it will ignore further hikes','Beijing Beijing matched the 125% and said US goods were no longer marketable at these levels. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(207,'','International Trade Compliance Update');
INSERT INTO SearchIndexRows VALUES(208,'Geneva talks','Geneva (Cologny), Switzerland - residence of Switzerland''s UN ambassador The first face-to-face US-China meeting since tariffs passed 100% ran over two days at a private Swiss villa. Scott Bessent, US Treasury Secretary; Jamieson Greer, USTR; He Lifeng, Vice Premier, China');
INSERT INTO SearchIndexRows VALUES(211,'','cmtradelaw.com');
INSERT INTO SearchIndexRows VALUES(212,'Geneva joint statement: reciprocal tariffs cut to 10% for 90 days','Geneva, Switzerland Both sides suspended 24 points of their April rates for 90 days, kept 10%, scrapped the later increases, and set up a consultation mechanism. The US applied it by EO 14298 from May 14. Governments of the US and China, ; He Lifeng, Vice Premier; Scott Bessent, Treasury Secretary; Jamieson Greer, USTR');
INSERT INTO SearchIndexRows VALUES(215,'China Phase 1 Purchase Commitments for Goods Only 60% of Promised','Consumer Electronics Daily');
INSERT INTO SearchIndexRows VALUES(216,'China sets 10% rate from 12:01 p.m. May 14','Beijing China cut its 34% to 10% for 90 days and cancelled the extra 91 points added in April. Ministry of Finance / Customs Tariff Commission, China');
INSERT INTO SearchIndexRows VALUES(219,'USTR Finalizes Section 301 Tariffs on Chinese Imports with a Focus on Products from “Strategic Sectors”','globaltradeandsanctionslaw.com');
INSERT INTO SearchIndexRows VALUES(220,'PIIE: average tariffs after Geneva - US on China 51.1%, China on US 32.6%','Washington, DC PIIE said average US tariffs on China peaked at 126.5% in early May before the Geneva cuts took effect May 14 (an earlier update cited 124.1%). Chad Bown, PIIE');
INSERT INTO SearchIndexRows VALUES(223,'Implementation of Additional Duties on Products of the People''s Republic of China Pursuant to the President''s February 1, 2025 Executive Order Imposing Duties to Address the Synthetic Opioid Supply Chain in the People''s Republic of China','U.S. Customs and Border Protection notice (mirrored by ATO Shipping)');
INSERT INTO SearchIndexRows VALUES(224,'Trump-Xi call (~90 minutes); new talks agreed','Phone Trump said rare-earth questions should be settled and that Bessent, Lutnick and Greer would meet Chinese officials soon. Donald Trump, US President; Xi Jinping, Chinese President');
INSERT INTO SearchIndexRows VALUES(227,'','Shanghai Daily (shine.cn)');
INSERT INTO SearchIndexRows VALUES(228,'China May 2025 trade data: exports +4.8% y/y, imports -3.4%, exports to US about -35%','Beijing Exports to the US were US$28.8B against US$44B a year earlier (CNBC: -34.5%). The seed article''s ''exports fell 3.4%'' matches the import decline, not exports. General Administration of Customs, China');
INSERT INTO SearchIndexRows VALUES(231,'','KRB World (Fox Business text)');
INSERT INTO SearchIndexRows VALUES(232,'London talks (first meeting of the China-US economic and trade consultation mechanism)','Lancaster House, London, UK This was the first round since Geneva and focused on rare earths and export controls; talks ran into a second day on June 10. Scott Bessent, US Treasury Secretary; Howard Lutnick, US Commerce Secretary; Jamieson Greer, USTR; He Lifeng, Vice Premier, China; Wang Wentao, Commerce Minister, China; Li Chenggang, China International Trade Representative');
INSERT INTO SearchIndexRows VALUES(235,'De Minimis No Longer Available for Goods Originating China & Hong Kong – May 2','NNR Global Logistics');
INSERT INTO SearchIndexRows VALUES(236,'London framework to implement the Geneva consensus','London, UK The sides agreed in principle on a framework to implement the June 5 call and the Geneva outcome, pending sign-off by both presidents. He Lifeng, Vice Premier; Scott Bessent, ; Howard Lutnick, ; Jamieson Greer, ; Li Chenggang, ');
INSERT INTO SearchIndexRows VALUES(239,'Modifying Reciprocal Tariff Rates to Reflect Discussions With the People''s Republic of China (as excerpted)','BOC International (repost of whitehouse.gov text)');
INSERT INTO SearchIndexRows VALUES(240,'Trump says the China deal is ''done'': 55% US vs 10% China','Washington, DC The White House said the 55% stacks 10% reciprocal, 20% fentanyl and 25% Section 301; China keeps 10%. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(243,'','American Focus (repost of White House order text)');
INSERT INTO SearchIndexRows VALUES(244,'July 9 pause expiry for other partners pushed to Aug 1','Washington, DC An EO moved the end of the non-China pause from 12:01 a.m. EDT July 9 to August 1; the separate China suspension was unchanged. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(247,'Modifications to Reciprocal Tariffs Signal Further Development in Trump Trade Policy','Cassidy Levy Kent');
INSERT INTO SearchIndexRows VALUES(248,'Stockholm talks','Rosenbad (Swedish PM''s office), Stockholm, Sweden The sides called the talks constructive and agreed to seek a further extension of the truce due to expire August 12, subject to Trump''s approval. Scott Bessent, US Treasury Secretary; Jamieson Greer, USTR; He Lifeng, Vice Premier, China; Li Chenggang, China trade negotiator');
INSERT INTO SearchIndexRows VALUES(251,'Executive Order Extends Pause On China IEEPA Reciprocal Tariffs Until Nov. 10, 2025','Mondaq');
INSERT INTO SearchIndexRows VALUES(252,'New reciprocal rates for other partners effective Aug 7','Washington, DC The July 31 order replaced the paused April rates for non-China partners from 12:01 a.m. EDT August 7; China''s rate stayed under its own suspension. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(255,'China extends tariff suspension on US goods in reciprocal move','Capital FM (Xinhua)');
INSERT INTO SearchIndexRows VALUES(256,'EO 14334 extends China''s 24-point suspension to Nov 10','Washington, DC The pause due to end 12:01 a.m. EDT August 12 was extended to 12:01 a.m. EST November 10, 2025. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(259,'ST&R Trade Advisory: Transitioning Away from De Minimis After 12:01 a.m. ET on Aug. 29','GSM International (ST&R advisory)');
INSERT INTO SearchIndexRows VALUES(260,'China extends its own 24-point suspension by 90 days','Beijing China kept 10% and continued suspending 24 points from 12:01 p.m. August 12. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(263,'China, U.S. Reach Basic Consensus in Kuala Lumpur Trade Talks Ahead of Leaders'' Summit','Global Neighbours');
INSERT INTO SearchIndexRows VALUES(264,'Madrid talks (TikTok framework)','Palacio de Santa Cruz (Spanish Foreign Ministry), Madrid, Spain The talks reached a basic framework on TikTok and also covered tariffs and export controls. Scott Bessent, US Treasury Secretary; Jamieson Greer, USTR; He Lifeng, Vice Premier, China; Li Chenggang, China trade negotiator');
INSERT INTO SearchIndexRows VALUES(267,'CSMS # 66749380 - UPDATE –Tariff Rates for Products of China under the International Emergency Economic Powers Act (IEEPA) Fentanyl and Reciprocal Tariffs','U.S. Customs and Border Protection (CSMS via GovDelivery)');
INSERT INTO SearchIndexRows VALUES(268,'Trump-Xi call: APEC meeting and China visit planned','Phone Trump said they made progress on trade, fentanyl and the TikTok deal and would meet at APEC in South Korea. Donald Trump, US President; Xi Jinping, Chinese President');
INSERT INTO SearchIndexRows VALUES(271,'China to Lift Some Tariffs on U.S. Imports Starting November 10, 2025','Big Breaking Wire');
INSERT INTO SearchIndexRows VALUES(272,'BIS ''Affiliates Rule'' extends Entity List limits to 50%-owned affiliates','Washington, DC Entities at least 50% owned by listed parties became subject to the same licensing limits. US Bureau of Industry and Security, Commerce');
INSERT INTO SearchIndexRows VALUES(275,'USTR Extends Product Exclusions for Chinese Imports Until November 2026','lawyerfanzhang.com');
INSERT INTO SearchIndexRows VALUES(276,'China widens rare-earth controls (MOFCOM Announcements 61/62)','Beijing China added five rare earths and related technologies, and from December 1 required licenses for foreign-made goods with at least 0.1% Chinese rare-earth content. MOFCOM, China');
INSERT INTO SearchIndexRows VALUES(279,'','The Business Times (Singapore)');
INSERT INTO SearchIndexRows VALUES(280,'Trump threatens an extra 100% tariff and software export controls from Nov 1','Washington, DC This was the response to China''s October 9 rare-earth rules; it was never implemented. Donald Trump, US President');
INSERT INTO SearchIndexRows VALUES(283,'SPECIAL REPORT: TARIFF TURMOIL - THE EFFECTS OF SECTION 301 TARIFF INCREASES TOLD THROUGH BUSINESSES & CONSUMERS','Scribd (FPCC special report, Michael Decker)');
INSERT INTO SearchIndexRows VALUES(284,'China announces special port fees on US-linked vessels','Beijing China set fees on US-owned, -operated, -built or -flagged ships, mirroring the US Section 301 port fees that began October 14. Ministry of Transport, China');
INSERT INTO SearchIndexRows VALUES(287,'China, U.S. issue joint statement on economic, trade consultations','ecns.cn (Xinhua)');
INSERT INTO SearchIndexRows VALUES(288,'Kuala Lumpur talks reach ''preliminary consensus''','Kuala Lumpur, Malaysia (ASEAN summit sidelines) The talks covered port fees, the tariff truce, fentanyl tariffs, farm trade and export controls; Bessent said the 100% threat was off the table. Scott Bessent, US Treasury Secretary; Jamieson Greer, USTR; He Lifeng, Vice Premier, China; Li Chenggang, China trade negotiator');
INSERT INTO SearchIndexRows VALUES(291,'The Trade War Is On: Timeline of How We Got Here and What''s Next','BloombergQuint (Bloomberg)');
INSERT INTO SearchIndexRows VALUES(292,'Trump-Xi meeting in Busan','Gimhae Air Base, Busan, South Korea Trump said the fentanyl tariff would be halved to 10% (overall ~47%), rare-earth controls paused for a year, and Chinese soybean buying resumed. Donald Trump, US President; Xi Jinping, Chinese President; Scott Bessent, Treasury; Marco Rubio, Secretary of State; Howard Lutnick, Commerce; Cai Qi, ; He Lifeng, Vice Premier; Wang Yi, Foreign Minister');
INSERT INTO SearchIndexRows VALUES(295,'U.S. finalizes next China tariff list targeting $16 billion in imports','Trend (Reuters)');
INSERT INTO SearchIndexRows VALUES(296,'White House fact sheet on the China deal','Washington, DC The fact sheet listed Chinese commitments (rare-earth controls, fentanyl precursors, soybeans, ending retaliation) and US steps (fentanyl tariff -10 pts, exclusions extended, Affiliates Rule and Section 301 shipping actions suspended for a year). The White House, ');
INSERT INTO SearchIndexRows VALUES(299,'U.S. Imposes Tariffs on $200 Billion Worth of Chinese Imports, China Retaliates with $60 Billion of Tariffs','Buckland');
INSERT INTO SearchIndexRows VALUES(300,'EOs cut fentanyl tariff to 10% and extend China reciprocal suspension to Nov 10, 2026','Washington, DC From 12:01 a.m. EST November 10 the fentanyl rate fell to 10% and the 10% reciprocal rate continued to November 10, 2026. Donald Trump, US President; US Customs and Border Protection, ');
INSERT INTO SearchIndexRows VALUES(303,'Xi Jinping and Donald Trump agree to trade truce, no additional tariffs, China state media says','South China Morning Post');
INSERT INTO SearchIndexRows VALUES(304,'China keeps 10%, suspends 24 points for a year, and drops March farm tariffs','Beijing From November 10 China lifted its up-to-15% March tariffs on US farm goods and extended the 24-point suspension for one year. Customs Tariff Commission of the State Council, China');
INSERT INTO SearchIndexRows VALUES(307,'','cmtradelaw.com');
INSERT INTO SearchIndexRows VALUES(308,'China suspends its October 9 export-control expansion','Beijing The broader rare-earth and lithium-battery material curbs announced October 9 were suspended after the Busan meeting. MOFCOM, China');
INSERT INTO SearchIndexRows VALUES(311,'','WIRK');
INSERT INTO SearchIndexRows VALUES(312,'China suspends its Dec 2024 Ga/Ge/Sb export ban to the US until Nov 27, 2026','Beijing China also suspended the stricter graphite end-use checks for US buyers. MOFCOM, China');
INSERT INTO SearchIndexRows VALUES(315,'Donald Trump, Xi Jinping agree to trade war truce and to resume talks after G20 summit meeting','South China Morning Post');
INSERT INTO SearchIndexRows VALUES(316,'BIS suspends the Affiliates Rule for one year','Washington, DC The 50%-ownership rule was paused until November 10, 2026 under the US-China arrangement. US Bureau of Industry and Security, Commerce');
INSERT INTO SearchIndexRows VALUES(319,'','PPAI');
INSERT INTO SearchIndexRows VALUES(320,'USTR extends 178 Section 301 exclusions to November 2026','Washington, DC Exclusions due to lapse November 29, 2025 were extended as part of the Busan arrangement. USTR, ');
INSERT INTO SearchIndexRows VALUES(323,'','Los Angeles Times');
INSERT INTO SearchIndexRows VALUES(324,'NRF Global Port Tracker expects a summer import surge during the tariff pause','Washington, DC The National Retail Federation and Hackett Associates expect imports at major US ports to rebound from June through August, after May''s drop, as retailers bring goods in while the US tariff on China stands at 30% (down from 145%) and the pauses run to July 9 and August 12. Jonathan Gold, NRF vice president for supply chain and customs policy; Ben Hackett, founder, Hackett Associates');
INSERT INTO SearchIndexRows VALUES(327,'','International Trade Compliance Update');
INSERT INTO SearchIndexRows VALUES(331,'US and PRC Governments, Trade Agreement, January 15, 2020','USC US-China Institute');
INSERT INTO SearchIndexRows VALUES(335,'US-China Trade War Tariffs: An Up-to-Date Chart','Peterson Institute for International Economics (PIIE)');
INSERT INTO SearchIndexRows VALUES(339,'Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People''s Republic of China (PRC)','U.S. Bureau of Industry and Security (BIS)');
INSERT INTO SearchIndexRows VALUES(343,'China Imposes Export Controls on Gallium and Germanium','China Justice Observer');
INSERT INTO SearchIndexRows VALUES(347,'','Thompson Hine SmartTrade');
INSERT INTO SearchIndexRows VALUES(351,'The Bureau of Industry and Security Issues Export Controls Further Restricting Advanced Semiconductors to China and Adds 140 Entities to the Entity List','Squire Patton Boggs');
INSERT INTO SearchIndexRows VALUES(355,'China bans exports of gallium, germanium, antimony to US','Business Recorder (Reuters)');
INSERT INTO SearchIndexRows VALUES(359,'USTR Initiates Section 301 Investigation on China''s Acts, Policies, and Practices Related to Targeting of the Semiconductor Industry for Dominance','Office of the U.S. Trade Representative (USTR)');
INSERT INTO SearchIndexRows VALUES(363,'China and U.S. Boost Economic Ties After Candid Geneva Meeting','VideoStory News');
INSERT INTO SearchIndexRows VALUES(367,'Imposing Duties to Address the Synthetic Opioid Supply Chain in the People''s Republic of China (Trump EO Tracker)','Akin (Trump Executive Order Tracker)');
INSERT INTO SearchIndexRows VALUES(371,'Further Amendment to Duties Addressing the Synthetic Opioid Supply Chain in the People''s Republic of China','ExecutiveActions.org (Federal Register text)');
INSERT INTO SearchIndexRows VALUES(375,'China Imposes Export Controls on Medium and Heavy Rare Earth Materials','Holland & Knight');
INSERT INTO SearchIndexRows VALUES(379,'China to impose additional 34% tariffs on all US imports starting April 10','Shanghai Daily (shine.cn, Xinhua)');
INSERT INTO SearchIndexRows VALUES(383,'','NewsX');
INSERT INTO SearchIndexRows VALUES(387,'Joint Statement on China-U.S. Economic and Trade Meeting in Geneva','94ha.com (text of the joint statement)');
INSERT INTO SearchIndexRows VALUES(391,'US-China Trade War Tariffs: An Up-to-Date Chart [title not in this excerpt; same PIIE chart page]','Peterson Institute for International Economics (PIIE)');
INSERT INTO SearchIndexRows VALUES(395,'Trump says call with Xi ''resulted in a very positive conclusion for both Countries''','A News (Anadolu)');
INSERT INTO SearchIndexRows VALUES(399,'China Says Its Exports to the US Fell 35% in May','Jakarta Globe (Associated Press)');
INSERT INTO SearchIndexRows VALUES(403,'US, China trade talks to stretch into second day','The Straits Times (AFP)');
INSERT INTO SearchIndexRows VALUES(407,'China''s official Press Release: The First Meeting of the China-U.S. Economic and Trade Consultation Mechanism Held in London, UK','Geopolitechs (translation of China''s official press release)');
INSERT INTO SearchIndexRows VALUES(411,'','Mondaq');
INSERT INTO SearchIndexRows VALUES(415,'Trump signs executive order extending tariff deadline to 1 August','AnewZ (Reuters)');
INSERT INTO SearchIndexRows VALUES(419,'US-China trade talks continue in Stockholm, Trump to decide outcome','RBC-Ukraine (Bloomberg)');
INSERT INTO SearchIndexRows VALUES(423,'China and the U.S. Hold Madrid Talks on TikTok and Other Trade Issues','Fresh From China');
INSERT INTO SearchIndexRows VALUES(427,'Trump: Meeting With Xi Next Month in SKorea','Newsmax (AP)');
INSERT INTO SearchIndexRows VALUES(431,'Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities','Federal Register (via thefederalregister.org)');
INSERT INTO SearchIndexRows VALUES(435,'China expands export controls on rare earths','vbw - Vereinigung der Bayerischen Wirtschaft');
INSERT INTO SearchIndexRows VALUES(439,'','Plataforma Media (AFP)');
INSERT INTO SearchIndexRows VALUES(443,'Fact Sheet: President Donald J. Trump Strikes Deal on Economic and Trade Relations with China','GovPulse (summary of White House fact sheet)');
INSERT INTO SearchIndexRows VALUES(447,'China confirms suspension of 24% tariff on US goods, retains 10% levy','Report.az (Reuters)');
INSERT INTO SearchIndexRows VALUES(451,'BIS Suspends the Affiliates Rule, Lifting Restrictions on Restricted Party Affiliates','Fenwick');
INSERT INTO SearchIndexRows VALUES(455,'','International Trade Today (topic page)');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('AuditEntries',603);
INSERT INTO sqlite_sequence VALUES('Measures',49);
INSERT INTO sqlite_sequence VALUES('Sources',113);
INSERT INTO sqlite_sequence VALUES('RateSteps',68);
INSERT INTO sqlite_sequence VALUES('Deadlines',42);
INSERT INTO sqlite_sequence VALUES('DeadlineExtension',9);
INSERT INTO sqlite_sequence VALUES('Events',81);
INSERT INTO sqlite_sequence VALUES('Disagreement',1);
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserPasskeys_UserId" ON "AspNetUserPasskeys" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE INDEX "IX_DeadlineExtension_DeadlineId" ON "DeadlineExtension" ("DeadlineId");
CREATE INDEX "IX_DeadlineExtension_SourceId" ON "DeadlineExtension" ("SourceId");
CREATE INDEX "IX_DeadlineMeasures_MeasuresId" ON "DeadlineMeasures" ("MeasuresId");
CREATE UNIQUE INDEX "IX_Deadlines_ReferenceId" ON "Deadlines" ("ReferenceId");
CREATE INDEX "IX_DeadlineSources_SourcesId" ON "DeadlineSources" ("SourcesId");
CREATE INDEX "IX_Disagreement_ClaimSourceId" ON "Disagreement" ("ClaimSourceId");
CREATE INDEX "IX_Disagreement_CounterSourceId" ON "Disagreement" ("CounterSourceId");
CREATE INDEX "IX_Disagreement_TradeEventId" ON "Disagreement" ("TradeEventId");
CREATE INDEX "IX_EventDeadlines_EventsId" ON "EventDeadlines" ("EventsId");
CREATE INDEX "IX_EventEconomies_TradeEventId" ON "EventEconomies" ("TradeEventId");
CREATE INDEX "IX_EventMeasures_TradeEventId" ON "EventMeasures" ("TradeEventId");
CREATE UNIQUE INDEX "IX_Events_ReferenceId" ON "Events" ("ReferenceId");
CREATE INDEX "IX_EventSources_TradeEventId" ON "EventSources" ("TradeEventId");
CREATE INDEX "IX_MeasureAffects_AffectedMeasureId" ON "MeasureAffects" ("AffectedMeasureId");
CREATE INDEX "IX_Measures_ImposingEconomyCode_TargetEconomyCode" ON "Measures" ("ImposingEconomyCode", "TargetEconomyCode");
CREATE UNIQUE INDEX "IX_Measures_Key" ON "Measures" ("Key");
CREATE INDEX "IX_Measures_TargetEconomyCode" ON "Measures" ("TargetEconomyCode");
CREATE INDEX "IX_MeasureSources_TariffMeasureId" ON "MeasureSources" ("TariffMeasureId");
CREATE UNIQUE INDEX "IX_RateSteps_TariffMeasureId_ReferenceId" ON "RateSteps" ("TariffMeasureId", "ReferenceId");
CREATE INDEX "IX_RateStepSources_SourcesId" ON "RateStepSources" ("SourcesId");
CREATE INDEX "IX_Sources_Url" ON "Sources" ("Url");
CREATE UNIQUE INDEX "IX_ApiTokens_Hash" ON "ApiTokens" ("Hash");
CREATE INDEX "IX_ApiTokens_UserId" ON "ApiTokens" ("UserId");
CREATE INDEX "IX_AuditEntries_Actor_At" ON "AuditEntries" ("Actor", "At");
CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");
CREATE INDEX "IX_AuditEntries_EntityKind_EntityId_Id" ON "AuditEntries" ("EntityKind", "EntityId", "Id");
CREATE TRIGGER Events_SearchInsert AFTER INSERT ON Events WHEN new.ArchivedAt IS NULL BEGIN
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 0, new.Title, coalesce(new.Location, '') || ' ' || new.Summary || ' ' || coalesce((SELECT group_concat(json_extract(p.value, '$.Name') || ', ' || json_extract(p.value, '$.Role'), '; ') FROM json_each(new.Participants) AS p), '') ;
END;
CREATE TRIGGER Events_SearchUpdate AFTER UPDATE OF Title, Location, Summary, Participants, ArchivedAt ON Events BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 0;
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 0, new.Title, coalesce(new.Location, '') || ' ' || new.Summary || ' ' || coalesce((SELECT group_concat(json_extract(p.value, '$.Name') || ', ' || json_extract(p.value, '$.Role'), '; ') FROM json_each(new.Participants) AS p), '') WHERE new.ArchivedAt IS NULL;
END;
CREATE TRIGGER Events_SearchDelete AFTER DELETE ON Events BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 0;
END;
CREATE TRIGGER Measures_SearchInsert AFTER INSERT ON Measures WHEN new.ArchivedAt IS NULL BEGIN
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 1, new.Name, new.LegalBasis || ' ' || coalesce(new.ProductDescription, '') || ' ' || coalesce(new.Notes, '') ;
END;
CREATE TRIGGER Measures_SearchUpdate AFTER UPDATE OF Name, LegalBasis, ProductDescription, Notes, ArchivedAt ON Measures BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 1;
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 1, new.Name, new.LegalBasis || ' ' || coalesce(new.ProductDescription, '') || ' ' || coalesce(new.Notes, '') WHERE new.ArchivedAt IS NULL;
END;
CREATE TRIGGER Measures_SearchDelete AFTER DELETE ON Measures BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 1;
END;
CREATE TRIGGER Deadlines_SearchInsert AFTER INSERT ON Deadlines WHEN new.ArchivedAt IS NULL BEGIN
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 2, new.Title, new.WhatHappens || ' ' || coalesce(new.Outcome, '') ;
END;
CREATE TRIGGER Deadlines_SearchUpdate AFTER UPDATE OF Title, WhatHappens, Outcome, ArchivedAt ON Deadlines BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 2;
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 2, new.Title, new.WhatHappens || ' ' || coalesce(new.Outcome, '') WHERE new.ArchivedAt IS NULL;
END;
CREATE TRIGGER Deadlines_SearchDelete AFTER DELETE ON Deadlines BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 2;
END;
CREATE TRIGGER Sources_SearchInsert AFTER INSERT ON Sources WHEN new.ArchivedAt IS NULL BEGIN
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 3, new.Title, new.Publisher ;
END;
CREATE TRIGGER Sources_SearchUpdate AFTER UPDATE OF Title, Publisher, ArchivedAt ON Sources BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 3;
    INSERT INTO SearchIndex(rowid, Title, Body) SELECT new.Id * 4 + 3, new.Title, new.Publisher WHERE new.ArchivedAt IS NULL;
END;
CREATE TRIGGER Sources_SearchDelete AFTER DELETE ON Sources BEGIN
    DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 3;
END;
CREATE INDEX "IX_RateSteps_TariffMeasureId_InForceFrom_InForceUntil" ON "RateSteps" ("TariffMeasureId", "InForceFrom", "InForceUntil") WHERE "ArchivedAt" IS NULL;
CREATE INDEX "IX_RateSteps_TimelineDate_TariffMeasureId" ON "RateSteps" ("TimelineDate", "TariffMeasureId") WHERE "ArchivedAt" IS NULL;
CREATE INDEX "IX_Events_Kind_StartsOn" ON "Events" ("Kind", "StartsOn") WHERE "ArchivedAt" IS NULL;
CREATE INDEX "IX_Events_StartsOn" ON "Events" ("StartsOn") WHERE "ArchivedAt" IS NULL;
INSERT INTO SearchIndex(rowid, Title, Body) SELECT id, c0, c1 FROM SearchIndexRows;
DROP TABLE SearchIndexRows;
COMMIT;
