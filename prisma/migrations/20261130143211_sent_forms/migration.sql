-- CreateTable
CREATE TABLE "SentForm" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "form" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SentForm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SentForm_expiresAt_idx" ON "SentForm"("expiresAt");

