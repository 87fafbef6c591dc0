-- Adds 100,000 synthetic events (with economies and a source) to a copy of a seeded TradeTracker database,
-- for measuring the timeline at scale. Never run it on a store that matters.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO Events (ReferenceId, StartsOn, Kind, Title, Summary, Confidence, CreatedBy, CreatedAt, UpdatedBy, UpdatedAt, Version, Participants)
SELECT 'SYN' || i, date('2010-01-01', '+' || (i % 5800) || ' days'),
       CASE i % 4 WHEN 0 THEN 'Announcement' WHEN 1 THEN 'Retaliation' WHEN 2 THEN 'NegotiationRound' ELSE 'Statement' END,
       'Synthetic event ' || i || ' on tariffs', 'Synthetic summary about steel and soybeans ' || i, 'Confirmed',
       'perf', '2026-01-01T00:00:00.0000000Z', 'perf', '2026-01-01T00:00:00.0000000Z', lower(hex(randomblob(16))), '[]'
FROM n;
INSERT INTO EventEconomies SELECT CASE Id % 3 WHEN 0 THEN 'USA' WHEN 1 THEN 'CHN' ELSE 'DEU' END, Id FROM Events WHERE ReferenceId LIKE 'SYN%';
INSERT INTO EventSources SELECT 1, Id FROM Events WHERE ReferenceId LIKE 'SYN%';
