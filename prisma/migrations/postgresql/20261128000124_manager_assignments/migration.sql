-- CreateTable
CREATE TABLE "AssignmentRule" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "unitId" TEXT,
    "includeSubunits" BOOLEAN NOT NULL DEFAULT true,
    "audience" "Audience",
    "courseId" TEXT,
    "pathId" TEXT,
    "dueDays" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "AssignmentRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailPreference" (
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "digestOptOut" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "AssignmentRule_organisationId_removedAt_idx" ON "AssignmentRule"("organisationId", "removedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_createdAt_idx" ON "OutboxMail"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_organisationId_kind_createdAt_idx" ON "OutboxMail"("organisationId", "kind", "createdAt");

