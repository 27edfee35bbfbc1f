-- CreateTable
CREATE TABLE "PartnerLevelContact" (
    "partnerId" UUID NOT NULL,
    "level" "Level" NOT NULL,
    "lastContactAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerLevelContact_pkey" PRIMARY KEY ("partnerId","level")
);


-- Keeps "PartnerLevelContact" exact: after every statement that inserts, updates or
-- deletes contact moments, the touched (partner, level) pairs are recomputed from
-- "ContactMoment" in the same transaction. Each pair's row is made to exist and
-- locked first, so concurrent writers to one pair take turns, and the recompute
-- (a fresh snapshot under READ COMMITTED) then sees what the earlier one committed.
CREATE FUNCTION "recompute_partner_level_contact"(partners UUID[], levels "Level"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "PartnerLevelContact" ("partnerId", "level", "lastContactAt")
    SELECT DISTINCT x.pid, x.lvl, '-infinity'::timestamptz FROM unnest(partners, levels) AS x(pid, lvl)
    ORDER BY 1, 2
    ON CONFLICT ("partnerId", "level") DO NOTHING;
    PERFORM 1 FROM "PartnerLevelContact" c JOIN unnest(partners, levels) AS x(pid, lvl)
        ON c."partnerId" = x.pid AND c."level" = x.lvl
    ORDER BY c."partnerId", c."level" FOR UPDATE OF c;
    UPDATE "PartnerLevelContact" c SET "lastContactAt" = last.at
    FROM (SELECT DISTINCT x.pid, x.lvl FROM unnest(partners, levels) AS x(pid, lvl)) x
    CROSS JOIN LATERAL (SELECT max(m."occurredAt") AS at FROM "ContactMoment" m
                        WHERE m."partnerId" = x.pid AND m."level" = x.lvl) last
    WHERE c."partnerId" = x.pid AND c."level" = x.lvl AND last.at IS NOT NULL;
    DELETE FROM "PartnerLevelContact" c USING unnest(partners, levels) AS x(pid, lvl)
    WHERE c."partnerId" = x.pid AND c."level" = x.lvl
      AND NOT EXISTS (SELECT 1 FROM "ContactMoment" m WHERE m."partnerId" = x.pid AND m."level" = x.lvl);
END $$;

-- Transition tables cannot serve a trigger with more than one event, hence one
-- trigger per event sharing this function.
CREATE FUNCTION "refresh_partner_level_contact"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    partners UUID[];
    levels "Level"[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM "PartnerLevelContact";
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(p), array_agg(l) INTO partners, levels
        FROM (SELECT DISTINCT "partnerId", "level" FROM new_moments) t(p, l);
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(p), array_agg(l) INTO partners, levels
        FROM (SELECT "partnerId", "level" FROM old_moments UNION SELECT "partnerId", "level" FROM new_moments) t(p, l);
    ELSE
        SELECT array_agg(p), array_agg(l) INTO partners, levels
        FROM (SELECT DISTINCT "partnerId", "level" FROM old_moments) t(p, l);
    END IF;
    IF partners IS NOT NULL THEN
        PERFORM "recompute_partner_level_contact"(partners, levels);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "ContactMoment_partner_level_contact_insert" AFTER INSERT ON "ContactMoment"
    REFERENCING NEW TABLE AS new_moments FOR EACH STATEMENT EXECUTE FUNCTION "refresh_partner_level_contact"();
CREATE TRIGGER "ContactMoment_partner_level_contact_update" AFTER UPDATE ON "ContactMoment"
    REFERENCING OLD TABLE AS old_moments NEW TABLE AS new_moments FOR EACH STATEMENT EXECUTE FUNCTION "refresh_partner_level_contact"();
CREATE TRIGGER "ContactMoment_partner_level_contact_delete" AFTER DELETE ON "ContactMoment"
    REFERENCING OLD TABLE AS old_moments FOR EACH STATEMENT EXECUTE FUNCTION "refresh_partner_level_contact"();
CREATE TRIGGER "ContactMoment_partner_level_contact_truncate" AFTER TRUNCATE ON "ContactMoment"
    FOR EACH STATEMENT EXECUTE FUNCTION "refresh_partner_level_contact"();

-- Backfill from the moments already logged.
INSERT INTO "PartnerLevelContact" ("partnerId", "level", "lastContactAt")
SELECT "partnerId", "level", max("occurredAt") FROM "ContactMoment" GROUP BY "partnerId", "level";
