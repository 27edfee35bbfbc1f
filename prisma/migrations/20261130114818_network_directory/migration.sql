-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "introductionsEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "about" TEXT,
ADD COLUMN     "introductionsOptOut" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "worksAlsoFor" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "requiredLevels" "Level"[] DEFAULT ARRAY['operationeel', 'tactisch', 'strategisch']::"Level"[];

-- CreateTable
CREATE TABLE "Introduction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "staffAId" UUID NOT NULL,
    "staffBId" UUID NOT NULL,
    "partnerId" UUID,
    "level" "Level",
    "topic" TEXT,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Introduction_staffAId_staffBId_sentAt_idx" ON "Introduction"("staffAId", "staffBId", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "Introduction_staffBId_idx" ON "Introduction"("staffBId");

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_staffAId_fkey" FOREIGN KEY ("staffAId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_staffBId_fkey" FOREIGN KEY ("staffBId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The directory ("wie kan ik bellen over …") searches accent- and typo-tolerantly:
-- unaccent folds Máxima to maxima, pg_trgm matches on trigrams (pleegzrog ~ pleegzorg).
-- Both ship with PostgreSQL (contrib) and are loaded into PGlite in src/store/database.ts.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE (its dictionary could change), so indexes need an IMMUTABLE
-- wrapper with the dictionary named explicitly.
CREATE FUNCTION "rro_fold"(t TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, ''))) $$;

-- One searchable text per person: expertise tags, profile text, werkt ook voor.
CREATE FUNCTION "rro_staff_doc"(expertise TEXT[], about TEXT, works TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public."rro_fold"(array_to_string(expertise, ' · ') || ' · ' || coalesce(about, '') || ' · ' || array_to_string(works, ' · ')) $$;

CREATE FUNCTION "rro_partner_doc"(name TEXT, aliases TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT public."rro_fold"(name || ' · ' || array_to_string(aliases, ' · ')) $$;

CREATE FUNCTION "rro_tags_doc"(tags TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT public."rro_fold"(array_to_string(tags, ' · ')) $$;

-- The folded text is stored (a generated column), so a search compares plain text and
-- never runs unaccent per row: computing it on the fly cost ~150 µs a row (the SQL
-- wrapper cannot be inlined), 100 ms for a common topic at 10k staff.
ALTER TABLE "Staff" ADD COLUMN "directoryDoc" TEXT GENERATED ALWAYS AS (public."rro_staff_doc"("expertise", "about", "worksAlsoFor")) STORED;
ALTER TABLE "Partner" ADD COLUMN "directoryDoc" TEXT GENERATED ALWAYS AS (public."rro_partner_doc"("name", "aliases")) STORED;
ALTER TABLE "PartnerContact" ADD COLUMN "directoryDoc" TEXT GENERATED ALWAYS AS (public."rro_tags_doc"("expertise")) STORED;
-- GiST, not GIN: it returns the nearest matches first (ORDER BY query <<-> doc LIMIT n),
-- so a common topic costs a few index pages instead of scoring every one of its ~1,000
-- matches (measured at benchmark scale: 25 ms → 1–9 ms).
CREATE INDEX "Staff_directoryDoc_trgm" ON "Staff" USING gist ("directoryDoc" gist_trgm_ops);
CREATE INDEX "Partner_directoryDoc_trgm" ON "Partner" USING gist ("directoryDoc" gist_trgm_ops);
CREATE INDEX "PartnerContact_directoryDoc_trgm" ON "PartnerContact" USING gist ("directoryDoc" gist_trgm_ops);
